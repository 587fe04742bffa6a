package app.todo.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.todo.support.PayaraServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ./run.sh} listens on 127.0.0.1 only (the launcher's {@code PAYARA_HTTP_ADDRESS}, which it sets unless
 * {@code BIND_ADDRESS} says otherwise): reachable there, refused on this machine's other addresses. A server
 * told to listen everywhere, as in a container, is reachable on them, so that the refusal proves something.
 */
class ListenAddressIT {

    private static PayaraServer onLoopback;
    private static PayaraServer onEveryAddress;

    /**
     * The shared to-do server is started as run.sh starts one (PayaraServer gives the launcher 127.0.0.1): no start of
     * its own for the loopback case.
     */
    @BeforeAll
    static void startBoth() {
        List<PayaraServer> servers = PayaraServer.together(
                PayaraServer::sharedTodo,
                () -> PayaraServer.start(
                        System.getProperty("weather.war"), "/health/ready", Map.of("PAYARA_HTTP_ADDRESS", "0.0.0.0")));
        onLoopback = servers.get(0);
        onEveryAddress = servers.get(1);
    }

    @Test
    void aServerOnLoopbackRefusesTheMachinesOtherAddresses() throws Exception {
        InetAddress other = otherAddress();
        try (PayaraServer server = onLoopback) {
            assertEquals(200, status(server));
            assertThrows(
                    ConnectException.class,
                    () -> connect(other, server.uri("/").getPort()),
                    "reachable on " + other.getHostAddress());
        }
    }

    @Test
    void aServerOnEveryAddressIsReachableOnThem() throws Exception {
        InetAddress other = otherAddress();
        try (PayaraServer server = onEveryAddress) {
            connect(other, server.uri("/").getPort());
        }
    }

    @AfterAll
    static void stopBoth() {
        for (PayaraServer server : new PayaraServer[] {onLoopback, onEveryAddress}) {
            if (server != null) {
                server.close();
            }
        }
    }

    private static int status(PayaraServer server) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.uri("/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    private static InetAddress otherAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(ListenAddressIT::isUpAndNotLoopback)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("this machine has no address but loopback to test from"));
    }

    private static boolean isUpAndNotLoopback(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
