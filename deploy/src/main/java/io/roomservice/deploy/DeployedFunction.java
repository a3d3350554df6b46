package io.roomservice.deploy;

import java.util.Optional;

/**
 * One function as a deploy file declares it.
 *
 * @param key      the action's name in the list of functions (and the multi-scf key)
 * @param name     the name it is deployed under
 * @param handler  {@code package.Class::method}; empty for the web function, which scf_bootstrap starts
 * @param timerCron the timer that runs it, for a timer-triggered function
 */
record DeployedFunction(String key, String name, Optional<String> handler, int memoryMb, int timeoutSeconds,
                        Optional<String> timerCron) {
}
