package io.tvpbench.examples;

import com.sun.net.httpserver.HttpServer;
import io.tvpbench.api.NonBlockingTask;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;

/**
 * A blocking task: one HTTP request to a loopback server (127.0.0.1 only) that {@code setUp} starts in each JVM
 * and that answers after a delay of 1 ms (or {@code --task-arg} ms), like a remote service. {@code run} waits for
 * the response; {@code runAsync} is the non-blocking form ASYNC measures. Pure JDK ({@code java.net.http} and
 * the JDK's HTTP server).
 * <p>
 * Run: {@code scripts/tvp run --task io.tvpbench.examples.HttpRequestTask --classpath target/tvp-examples.jar}
 */
public class HttpRequestTask implements NonBlockingTask {

    private HttpClient client;
    private URI base;

    @Override
    public void setUp(String arg) throws IOException {
        long delayMillis = arg.isBlank() ? 1 : Long.parseLong(arg.trim());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/item/", exchange -> {
            try (exchange) {
                Thread.sleep(delayMillis);
                String id = exchange.getRequestURI().getPath().substring("/item/".length());
                byte[] body = ("{\"item\":" + id + ",\"name\":\"item-" + id + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        startDaemon(server);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/item/");
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    /**
     * Starts the server from a daemon thread: its dispatcher thread inherits that, so the server never keeps a
     * JVM alive after its last task (the API has no tear-down; a JVM simply ends).
     */
    private static void startDaemon(HttpServer server) {
        Thread starter = Thread.ofPlatform().daemon(true).unstarted(server::start);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the loopback server", e);
        }
    }

    @Override
    public long run(long index) throws IOException, InterruptedException {
        return checksum(client.send(request(index), HttpResponse.BodyHandlers.ofByteArray()));
    }

    @Override
    public CompletionStage<Long> runAsync(long index, Executor eventLoop) {
        return client.sendAsync(request(index), HttpResponse.BodyHandlers.ofByteArray())
                .thenApplyAsync(HttpRequestTask::checksum, eventLoop);
    }

    private HttpRequest request(long index) {
        return HttpRequest.newBuilder(base.resolve(Long.toString(index))).GET().build();
    }

    private static long checksum(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the loopback server answered " + response.statusCode());
        }
        CRC32 crc = new CRC32();
        crc.update(response.body());
        return crc.getValue();
    }
}
