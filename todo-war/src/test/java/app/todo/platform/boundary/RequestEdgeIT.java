package app.todo.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.support.PayaraServer;
import app.todo.support.TestAccounts;
import app.todo.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edge of the to-do service, spoken to over a bare socket as an attacker would: a body declared huge is
 * refused at once, a chunked one as soon as it passes the bound, a stalled upload is dropped, a foreign Host
 * gets nothing done, and the operational endpoints are not served to what came through a proxy.
 */
class RequestEdgeIT {

    private static PayaraServer server;
    private static String session;

    @BeforeAll
    static void start() {
        server = PayaraServer.sharedTodo();
        session = TestAccounts.create(server.uri("/"), TestAccounts.uniqueName("edge"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void empty() {
        TestDatabase.deleteAllTasks();
    }

    private String host() {
        return "127.0.0.1:" + server.port();
    }

    /** What the server answered (status line, headers, body) before closing or staying silent for 5 s. */
    private String exchange(String head, byte[] body, int bodyRepeats) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            try {
                for (int i = 0; i < bodyRepeats; i++) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException closedByServer) {
                // the server may close as soon as it has answered; what it answered is still to be read
            }
            return readAnswer(socket.getInputStream());
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("\r\n\r\n")
                        && complete(answer.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (SocketTimeoutException silent) {
            // whatever came so far is the answer
        } catch (IOException reset) {
            // a reset after the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String head = answer.substring(0, end).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return head.contains("transfer-encoding: chunked") && answer.endsWith("0\r\n\r\n");
        }
        int length = Integer.parseInt(head.substring(at + 15).split("\r\n")[0].strip());
        return answer.length() - end - 4 >= length;
    }

    private static void assertStatus(int expected, String answer) {
        assertTrue(
                statusOf(answer).startsWith("HTTP/1.1 " + expected + " "),
                "expected " + expected + ", answered: " + answer);
        assertTrue(!answer.contains("Payara"), "the answer names the server: " + answer);
    }

    private static String statusOf(String answer) {
        return answer.isEmpty() ? "(no answer)" : answer.substring(0, answer.indexOf("\r\n"));
    }

    @Test
    void aBodyDeclaredHugeIsRefusedBeforeItIsSent() throws IOException {
        String head = "POST /api/tasks HTTP/1.1\r\nHost: " + host() + "\r\nCookie: " + TestAccounts.COOKIE + "="
                + session + "\r\nContent-Type: application/json\r\nContent-Length: " + (64L << 20) + "\r\n\r\n";
        long started = System.nanoTime();
        String answer = exchange(head, new byte[1024], 64); // 64 KiB of the 64 MiB declared
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertStatus(413, answer);
        assertTrue(answer.contains("\"detail\":\"The body has more than 65536 bytes\""), answer);
        assertTrue(answer.toLowerCase().contains("connection: close"), "the server would drain 64 MiB: " + answer);
        assertTrue(millis < 5_000, "the answer waited for the body: " + millis + " ms");
        assertEquals(List.of(), TestDatabase.titles());
    }

    @Test
    void aFormDeclaredHugeIsRefusedToo() throws IOException {
        String head = "POST /signin.xhtml HTTP/1.1\r\nHost: " + host()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + (64L << 20) + "\r\n\r\n";
        String answer = exchange(head, "a=b&".repeat(256).getBytes(StandardCharsets.US_ASCII), 64);
        assertStatus(413, answer);
        assertTrue(answer.contains("The body has more than 65536 bytes"), answer);
    }

    @Test
    void aChunkedBodyIsRefusedAsSoonAsItPassesTheBound() throws IOException {
        String head = "POST /api/tasks HTTP/1.1\r\nHost: " + host() + "\r\nCookie: " + TestAccounts.COOKIE + "="
                + session + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        byte[] chunk =
                ("400\r\n" + "{\"title\":\"" + "x".repeat(1024 - 10) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        String answer = exchange(head, chunk, 80); // 80 KiB, never terminated: the server stops at 64 KiB + 1
        assertStatus(413, answer);
        assertEquals(List.of(), TestDatabase.titles());
    }

    @Test
    void aChunkedFormIsRefusedForItsMissingLength() throws IOException {
        String head = "POST /signin.xhtml HTTP/1.1\r\nHost: " + host()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n";
        String answer = exchange(head, "4\r\na=b&\r\n".getBytes(StandardCharsets.US_ASCII), 1);
        assertStatus(411, answer);
    }

    @Test
    void aStalledUploadIsDroppedAfterSecondsNotMinutes() throws IOException {
        // todo.body-deadline: 5 s for the whole body, then 408.
        String head = "POST /api/tasks HTTP/1.1\r\nHost: " + host() + "\r\nCookie: " + TestAccounts.COOKIE + "="
                + session + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"title\":";
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            long started = System.nanoTime();
            String answer = readAnswer(socket.getInputStream());
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            assertTrue(seconds < 9, "the server was still waiting after " + seconds + " s: " + statusOf(answer));
            assertStatus(408, answer);
        }
        assertEquals(List.of(), TestDatabase.titles());
    }

    @Test
    void aForeignHostGetsNothingDone() throws IOException {
        String body = "{\"title\":\"Rebound\"}";
        for (String foreign :
                List.of("attacker.example", "attacker.example:" + server.port(), "127.0.0.1.attacker.example")) {
            String head = "POST /api/tasks HTTP/1.1\r\nHost: " + foreign + "\r\nCookie: " + TestAccounts.COOKIE + "="
                    + session + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n";
            String answer = exchange(head, body.getBytes(StandardCharsets.UTF_8), 1);
            assertStatus(421, answer);
        }
        String page = exchange(
                "GET / HTTP/1.1\r\nHost: attacker.example\r\nCookie: " + TestAccounts.COOKIE + "=" + session
                        + "\r\n\r\n",
                new byte[0],
                0);
        assertStatus(421, page);
        assertTrue(page.contains("This server does not serve that host name"), page);
        assertEquals(List.of(), TestDatabase.titles());

        // The same add, addressed to the host the page is served from, is stored: the refusals above prove something.
        for (String own : List.of(host(), "localhost:" + server.port(), "LOCALHOST.:" + server.port())) {
            String head = "POST /api/tasks HTTP/1.1\r\nHost: " + own + "\r\nCookie: " + TestAccounts.COOKIE + "="
                    + session + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n";
            assertStatus(201, exchange(head, body.getBytes(StandardCharsets.UTF_8), 1));
        }
        assertEquals(List.of("Rebound", "Rebound", "Rebound"), TestDatabase.titles());
    }

    @Test
    void theOperationalEndpointsAreNotServedThroughAProxy() throws IOException {
        for (String path : List.of("/health/ready", "/metrics", "/openapi")) {
            String direct = exchange("GET " + path + " HTTP/1.1\r\nHost: " + host() + "\r\n\r\n", new byte[0], 0);
            assertStatus(200, direct);
            for (String proxyHeader :
                    List.of("X-Forwarded-For: 203.0.113.9", "X-Real-IP: 203.0.113.9", "Forwarded: for=203.0.113.9")) {
                String proxied = exchange(
                        "GET " + path + " HTTP/1.1\r\nHost: " + host() + "\r\n" + proxyHeader + "\r\n\r\n",
                        new byte[0],
                        0);
                assertStatus(404, proxied);
            }
        }
    }
}
