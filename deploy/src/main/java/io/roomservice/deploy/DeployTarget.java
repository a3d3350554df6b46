package io.roomservice.deploy;

import io.roomservice.config.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where one rendering deploys: the stage (part of every SCF name, so stages never overwrite
 * each other), the region, the VPC that reaches MySQL and Redis, and the CloudBase
 * environment of the mini-program. Read from the deploying shell: STAGE, REGION, VPC_ID,
 * SUBNET_ID, TCB_ENV_ID.
 */
record DeployTarget(String stage, String region, Optional<String> vpcId, Optional<String> subnetId,
                    Optional<String> cloudbaseEnvId) {

    static final String DEFAULT_STAGE = "dev";
    static final String DEFAULT_REGION = "ap-guangzhou";
    /** Short enough that every namespace ({@code room-service-<stage>}) and function name fits SCF's limits. */
    static final Pattern STAGE = Pattern.compile("[a-z][a-z0-9]{0,11}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}-[a-z]+(-[0-9]+)?");

    /** The target a reader of the repository sees: stage dev, the default region, no VPC or CloudBase environment. */
    static DeployTarget reference() {
        return new DeployTarget(DEFAULT_STAGE, DEFAULT_REGION, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The target the deploying shell names; an IllegalArgumentException listing every problem. */
    static DeployTarget from(Config env) {
        List<String> problems = new ArrayList<>();
        String stage = env.get("STAGE", DEFAULT_STAGE);
        if (!STAGE.matcher(stage).matches()) {
            problems.add("STAGE must be a lower-case letter then up to 11 lower-case letters or digits, not '" + stage + "'");
        }
        String region = env.get("REGION", DEFAULT_REGION);
        if (!REGION.matcher(region).matches()) {
            problems.add("REGION must be a Tencent Cloud region such as ap-guangzhou, not '" + region + "'");
        }
        Optional<String> vpc = env.get("VPC_ID");
        Optional<String> subnet = env.get("SUBNET_ID");
        if (vpc.isPresent() != subnet.isPresent()) {
            problems.add("VPC_ID and SUBNET_ID go together (the VPC that reaches MySQL and Redis)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new DeployTarget(stage, region, vpc, subnet, env.get("TCB_ENV_ID"));
    }
}
