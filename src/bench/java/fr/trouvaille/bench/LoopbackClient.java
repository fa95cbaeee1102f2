package fr.trouvaille.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A blocking HTTP/1.1 client on one keep-alive connection: the load generator's client.
 *
 * <p>Why not {@code java.net.http.HttpClient}: its synchronous send hands each request to a
 * selector thread and back through an executor, thread hops that cost CPU the server needs on a
 * 2-core machine and add to every measured latency. Here the request is written and the answer read
 * on the caller's thread. By default it sends {@code Accept-Encoding: gzip}, as the browsers using
 * the search page do, and does not inflate the answer: that is the client's cost, not the server's.
 */
final class LoopbackClient implements AutoCloseable {

  /** One answer: the status and the body as sent (gzip or not). */
  record Response(int status, byte[] body, boolean gzip) {}

  private final int port;
  private final String acceptEncoding;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackClient(int port) {
    this(port, true);
  }

  /** A client that asks for gzip answers, as browsers do, or not, as curl does. */
  LoopbackClient(int port, boolean gzip) {
    this.port = port;
    this.acceptEncoding = gzip ? "Accept-Encoding: gzip\r\n" : "";
  }

  /** Sends {@code GET path} and reads the whole answer; reconnects if the last one closed. */
  Response get(String path) throws IOException {
    if (socket == null) {
      connect();
    }
    try {
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
          + "\r\nAccept: application/json\r\n" + acceptEncoding + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return read();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    socket.setSoTimeout(60_000);
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    out = socket.getOutputStream();
  }

  private Response read() throws IOException {
    String statusLine = line();
    int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
    long length = -1;
    boolean chunked = false;
    boolean gzip = false;
    boolean closing = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("content-encoding:") && lower.contains("gzip")) {
        gzip = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        closing = true;
      }
    }
    byte[] body = chunked ? chunkedBody() : in.readNBytes((int) Math.max(0, length));
    if (closing) {
      close();
    }
    return new Response(status, body, gzip);
  }

  private byte[] chunkedBody() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int size = chunkSize(); size > 0; size = chunkSize()) {
      body.write(in.readNBytes(size));
      line(); // the CRLF after each chunk
    }
    while (!line().isEmpty()) {
      // trailers: none expected, read past them
    }
    return body.toByteArray();
  }

  private int chunkSize() throws IOException {
    String size = line();
    int semicolon = size.indexOf(';');
    return Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("connection closed by the server");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a loopback socket we are done with: nothing to do about it
      }
      socket = null;
    }
  }
}
