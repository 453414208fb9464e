// One JVM for many EPUBCheck runs (tests/checkers.py): a JVM start and EPUBCheck's schema loading cost
// seconds per book, a warm check a fraction of one. Reads lines "EPUB<TAB>REPORT.json" on standard input,
// runs EPUBCheck's own command line on each (a fresh checker every time, as `java -jar epubcheck.jar EPUB
// --json REPORT.json` would) and answers each line with "done <exit status>" on standard output.
// Started by `java -cp epubcheck.jar EpubcheckServer.java` (Java's source launcher; no build step).
import com.adobe.epubcheck.tool.EpubChecker;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

public class EpubcheckServer {
    public static void main(String[] args) throws Exception {
        PrintStream answers = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);  // EPUBCheck's own console output must not mix with the answers
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        answers.println("ready");
        String line;
        while ((line = in.readLine()) != null) {
            String[] job = line.split("\t", -1);
            int status;
            try {
                status = new EpubChecker().run(new String[] {job[0], "--json", job[1], "--quiet"});
            } catch (Throwable t) {
                t.printStackTrace();
                status = -1;
            }
            answers.println("done " + status);
        }
    }
}
