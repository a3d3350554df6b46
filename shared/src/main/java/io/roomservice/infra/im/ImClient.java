package io.roomservice.infra.im;

import com.fasterxml.jackson.databind.JsonNode;
import io.roomservice.config.ImSettings;
import io.roomservice.domain.imgroups.ImFailure;
import io.roomservice.domain.imgroups.ImGroupService;
import io.roomservice.infra.OutsideFailures;
import io.roomservice.infra.sign.TlsSigner;
import io.roomservice.runtime.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Tencent IM REST API (v4): {@code POST <base>/v4/<service>/<command>?sdkappid=&identifier=&usersig=&random=&contenttype=json}
 * with a JSON body, as the App admin. Every call has a timeout and checks {@code ErrorCode};
 * the admin UserSig is cached and renewed well before it expires. Family-neutral: rooms of
 * any family use it for their groups.
 */
public final class ImClient implements ImGroupService {

    /** create_group: the group id is already used by someone else / by this app itself. */
    static final int GROUP_ID_IN_USE = 10021;
    static final int GROUP_ID_ALREADY_OURS = 10025;
    /** destroy_group / notifications: the group does not exist (any more). */
    static final int GROUP_NOT_FOUND = 10010;
    static final int GROUP_ID_INVALID = 10015;

    private static final long ADMIN_SIG_TTL_SECONDS = 24 * 3600;
    private static final long RENEW_BEFORE_SECONDS = 3600;

    private final ImSettings settings;
    private final Supplier<TlsSigner> signer;
    private final Clock clock;
    /** Built on first use: an HttpClient loads the TLS stack, a few hundred ms that most cold starts never need. */
    private HttpClient http;
    private final SecureRandom random = new SecureRandom();
    private volatile String adminSig;
    private volatile long adminSigRenewAt;

    public ImClient(ImSettings settings, Supplier<TlsSigner> signer, Clock clock) {
        this.settings = settings;
        this.signer = signer;
        this.clock = clock;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofMillis(settings.timeoutMillis()))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
        return http;
    }

    /** Creates a group; a group id that already exists counts as created (retries and races are harmless). */
    @Override
    public void createGroup(String groupId, String type, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Owner_Account", settings.adminId());
        body.put("Type", type);
        body.put("GroupId", groupId);
        body.put("Name", name);
        try {
            call("group_open_http_svc", "create_group", body);
        } catch (ImException e) {
            if (e.errorCode() != GROUP_ID_IN_USE && e.errorCode() != GROUP_ID_ALREADY_OURS) {
                throw e;
            }
        }
    }

    /** Destroys a group; one that is already gone counts as destroyed. */
    @Override
    public void destroyGroup(String groupId) {
        try {
            call("group_open_http_svc", "destroy_group", Map.of("GroupId", groupId));
        } catch (ImException e) {
            if (e.errorCode() != GROUP_NOT_FOUND && e.errorCode() != GROUP_ID_INVALID) {
                throw e;
            }
        }
    }

    /** A system notification to every member of the group. */
    @Override
    public void sendGroupSystemNotification(String groupId, String content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("GroupId", groupId);
        body.put("Content", content);
        call("group_open_http_svc", "send_group_system_notification", body);
    }

    /** One REST call; the parsed answer when its ErrorCode is 0. */
    public JsonNode call(String service, String command, Object body) {
        HttpRequest request = HttpRequest.newBuilder(url(service, command))
                .timeout(Duration.ofMillis(settings.timeoutMillis()))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8))
                .build();
        String what = "IM " + service + "/" + command;
        HttpResponse<String> response;
        try {
            response = http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ImException(ImFailure.NO_ANSWER, what + " failed: IM " + OutsideFailures.describe(e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImException(ImFailure.NO_ANSWER, what + " was interrupted", null);
        }
        if (response.statusCode() != 200) {
            throw new ImException(ImFailure.NO_ANSWER, what + " answered HTTP " + response.statusCode(), null);
        }
        JsonNode answer;
        try {
            answer = Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new ImException(ImFailure.NO_ANSWER, what + " answered something other than JSON", null);
        }
        JsonNode code = answer == null ? null : answer.get("ErrorCode");
        if (code == null || !code.canConvertToInt()) {
            throw new ImException(ImFailure.NO_ANSWER, what + " answered without an ErrorCode", null);
        }
        if (code.asInt() != 0) {
            throw new ImException(code.asInt(), what + " failed with ErrorCode " + code.asInt() + ": "
                    + answer.path("ErrorInfo").asText(""), null);
        }
        return answer;
    }

    private URI url(String service, String command) {
        TlsSigner s = signer.get();
        return URI.create(settings.baseUrl() + "/v4/" + service + "/" + command
                + "?sdkappid=" + s.sdkAppId()
                + "&identifier=" + encode(settings.adminId())
                + "&usersig=" + encode(adminSig(s))
                + "&random=" + (random.nextInt() & 0xFFFF_FFFFL)
                + "&contenttype=json");
    }

    private String adminSig(TlsSigner s) {
        long now = clock.instant().getEpochSecond();
        String sig = adminSig;
        if (sig == null || now >= adminSigRenewAt) {
            synchronized (this) {
                if (adminSig == null || now >= adminSigRenewAt) {
                    adminSig = s.userSig(settings.adminId(), ADMIN_SIG_TTL_SECONDS);
                    adminSigRenewAt = now + ADMIN_SIG_TTL_SECONDS - RENEW_BEFORE_SECONDS;
                }
                sig = adminSig;
            }
        }
        return sig;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ImClient[" + settings.baseUrl() + ", admin=" + settings.adminId() + "]";
    }
}
