package io.c360.identity.linkage;

import io.c360.identity.linkage.LinkageEvaluation.Quality;
import io.c360.identity.linkage.LinkageEvaluation.Variant;
import io.c360.identity.linkage.synthetic.DuplicateGenerator.Labelled;
import java.util.List;
import java.util.Locale;

/**
 * The driver of {@code bench/identity-linkage-bench.sh}: records/s linked for a {@code customers}
 * import of generated records (half originals, half duplicates), batch linkage against the
 * per-record path of today's scorer as the baseline, both in this JVM on the same records, with an
 * in-memory blocking index (the linkage work only: DynamoDB round trips are measured by {@code
 * bench/identity-load.sh}). Args: {@code rows seed} (default 100000 15).
 */
public final class LinkageBench {

  private LinkageBench() {}

  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 15;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, JDK %s, %s %s, max heap %d MB%n",
        rt.availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        rt.maxMemory() >> 20);
    List<Labelled> warmup = LinkageEvaluation.records(Variant.FULL, 5_000, 5_000, seed + 1);
    LinkageEvaluation.batch(warmup, LinkageProperties.defaults());
    LinkageEvaluation.perRecord(warmup);

    List<Labelled> records =
        LinkageEvaluation.records(Variant.FULL, rows / 2, rows - rows / 2, seed);
    System.out.println("| path | rows | seconds | records/s | precision | recall | F1 |");
    System.out.println("|---|---|---|---|---|---|---|");
    long start = System.nanoTime();
    Quality batch = LinkageEvaluation.batch(records, LinkageProperties.defaults());
    print("batch linkage (" + batch.method() + ")", rows, System.nanoTime() - start, batch);
    start = System.nanoTime();
    Quality baseline = LinkageEvaluation.perRecord(records);
    print("baseline: per record, today's scorer", rows, System.nanoTime() - start, baseline);
  }

  private static void print(String path, int rows, long nanos, Quality q) {
    double seconds = nanos / 1e9;
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %.1f | %.0f | %.4f | %.4f | %.4f |%n",
        path,
        rows,
        seconds,
        rows / seconds,
        q.precision(),
        q.recall(),
        q.f1());
  }
}
