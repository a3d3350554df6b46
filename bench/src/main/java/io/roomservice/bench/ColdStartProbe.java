package io.roomservice.bench;

import io.roomservice.functions.WebrtcroomGetRoomInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a fresh JVM on the SCF bundle's class path: constructs one function as SCF
 * would, answers one cloud-function call (database connection and schema check
 * included), then prints the answer and the peak resident memory.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws IOException {
        WebrtcroomGetRoomInfo function = new WebrtcroomGetRoomInfo();
        String answer = function.handle(Map.of("roomID", "1", "userInfo", Map.of("openId", "oColdStart")), null);
        System.out.println("ANSWER " + answer);
        System.out.println("PEAK_RSS_KB " + peakRssKb());
        System.out.flush();
        System.exit(0);
    }

    private static long peakRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
