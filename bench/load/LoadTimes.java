import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.engine.loading.PackLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads one pack folder again and again in one JVM, as reloads do, and prints each load's milliseconds and the median of the warm ones. */
public class LoadTimes {
    public static void main(String[] args) throws Exception {
        Path pack = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int warmup = Math.min(4, runs - 1);
        ObjectMapper json = new ObjectMapper();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            new PackLoader(json).load(pack);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> warm = millis.subList(warmup, runs).stream().sorted().toList();
        System.out.println(pack + ": loads " + millis + " ms; median of the last " + warm.size() + ": " + warm.get(warm.size() / 2) + " ms");
    }
}
