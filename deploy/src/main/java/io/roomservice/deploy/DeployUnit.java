package io.roomservice.deploy;

import java.util.List;

/**
 * One deploy file and what it deploys.
 *
 * @param directory where its file is rendered, under the output folder
 * @param namespace the SCF namespace; for CloudBase, the environment holds the functions
 * @param optional  rendered for users who want it, but not part of the standard deployment
 */
record DeployUnit(String directory, Kind kind, String namespace, List<DeployedFunction> functions, boolean optional) {

    enum Kind {
        /** One SCF web function (scf component, {@code type: web}) behind a declared Function URL. */
        WEB_FUNCTION,
        /** SCF event functions (multi-scf component), some with timer triggers. */
        EVENT_FUNCTIONS,
        /** CloudBase functions that mini-programs reach with wx.cloud.callFunction. */
        CLOUDBASE
    }
}
