package no.blaresept.sdk.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw loopback HTTP/1.1 server that answers every connection with the same generated decision letter
 * (a PDF header, then seeded random bytes, with its {@code Content-Length}), as a script says per
 * connection: whole, reset after half the body, or stalled after half the body. It never holds the
 * letter: it generates it while writing, so it can serve 50 MB in a small heap.
 */
final class Dokumentserver implements AutoCloseable {

    /** What one connection gets. */
    enum Svar { HELT, RESET_MIDTVEIS, STOPPER_MIDTVEIS }

    private static final int BLOCK = 64 * 1024;
    private static final byte[] HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final long length;
    private final List<Svar> script;
    private final AtomicInteger connections = new AtomicInteger();

    /** Serves a letter of {@code length} bytes; connection n gets {@code script[n]}, the last entry ever after. */
    Dokumentserver(long length, Svar... script) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.length = length;
        this.script = List.of(script);
        Thread accepting = new Thread(this::serve, "dokumentserver");
        accepting.setDaemon(true);
        accepting.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    /** The letter's SHA-256, generated anew. */
    String sha256() {
        MessageDigest digest = sha256Digest();
        generate(length, digest::update);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The whole letter in memory, for small ones. */
    byte[] innhold() {
        byte[] all = new byte[Math.toIntExact(length)];
        int[] at = {0};
        generate(length, (b, off, n) -> {
            System.arraycopy(b, off, all, at[0], n);
            at[0] += n;
        });
        return all;
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Svar svar = script.get(Math.min(connections.getAndIncrement(), script.size() - 1));
                Thread answering = new Thread(() -> answer(socket, svar), "dokumentserver-svar");
                answering.setDaemon(true);
                answering.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void answer(Socket socket, Svar svar) {
        try (socket) {
            readRequestHead(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: " + length
                    + "\r\nContent-Disposition: inline; filename=\"vedtak.pdf\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            long upTo = svar == Svar.HELT ? length : length / 2;
            generate(upTo, out::write);
            out.flush();
            if (svar == Svar.RESET_MIDTVEIS) {
                socket.setSoLinger(true, 0); // close with a TCP reset
            } else if (svar == Svar.STOPPER_MIDTVEIS) {
                while (socket.getInputStream().read() >= 0) {
                    // holds the connection open, sending nothing, until the client gives up
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the client went away: what the faults are for
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("request ended early");
            }
            matched = c == end[matched] ? matched + 1 : (c == end[0] ? 1 : 0);
        }
    }

    @FunctionalInterface
    private interface Sink {
        void write(byte[] b, int off, int n) throws IOException;
    }

    /** The first {@code upTo} bytes of the letter: always the same for the same length. */
    private void generate(long upTo, Sink sink) {
        SplittableRandom random = new SplittableRandom(length);
        byte[] block = new byte[BLOCK];
        long written = 0;
        try {
            while (written < upTo) {
                random.nextBytes(block);
                if (written == 0) {
                    System.arraycopy(HEADER, 0, block, 0, HEADER.length);
                }
                int n = (int) Math.min(BLOCK, upTo - written);
                sink.write(block, 0, n);
                written += n;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
