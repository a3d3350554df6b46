package io.roomservice.bench;

import io.roomservice.functions.WebrtcSigApi;
import io.roomservice.functions.WebrtcroomGetRoomInfo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a fresh JVM on the SCF bundle's class path: constructs one function as SCF
 * would, answers one cloud-function call, then prints the answer, the peak resident memory
 * and the classes loaded by then. With the argument {@code signature} the function is
 * webrtc-sig-api without a room (signing only: no database, no Redis); otherwise
 * webrtcroom-get-room-info (database connection and schema check included).
 */
public final class ColdStartProbe {

    static final String SIGNING_ONLY = "signature";
    static final String CALLS = "calls=";

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Object> userInfo = Map.of("openId", "oColdStart");
        String answer;
        if (args.length > 0 && SIGNING_ONLY.equals(args[0])) {
            answer = new WebrtcSigApi().handle(Map.of("userInfo", userInfo), null);
        } else {
            WebrtcroomGetRoomInfo function = new WebrtcroomGetRoomInfo();
            Map<String, Object> event = Map.of("roomID", "1", "userInfo", userInfo);
            answer = function.handle(event, null);
            // "calls=N": N answers in all, one after another as one SCF instance serves them, for its peak memory.
            int calls = args.length > 0 && args[0].startsWith(CALLS) ? Integer.parseInt(args[0].substring(CALLS.length())) : 1;
            for (int call = 1; call < calls; call++) {
                answer = function.handle(event, null);
            }
        }
        System.out.println("ANSWER " + answer);
        // Read after the answer: the management classes this loads are not counted.
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        System.out.println("PEAK_RSS_KB " + peakRssKb(Path.of("/proc/self/status")));
        System.out.println("CLASSES " + classes);
        System.out.println("CPU_MS " + cpuMillis(Path.of("/proc/self/stat")));
        System.out.flush();
        System.exit(0);
    }

    /**
     * User plus system CPU time of a process so far (/proc/<pid>/stat, at the usual 100 ticks a
     * second): on a busy machine a steadier measure of start-up work than the wall clock.
     */
    static long cpuMillis(Path stat) throws IOException {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** VmHWM of a /proc/<pid>/status file, in KB; -1 when the file has none. */
    static long peakRssKb(Path status) throws IOException {
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
