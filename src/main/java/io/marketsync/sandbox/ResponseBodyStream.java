package io.marketsync.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * The response body as the JDK server hands it out: unusable until the headers are sent, and closing it
 * ends the exchange ({@code onClosed} gets null, or the failure of the last write).
 */
final class ResponseBodyStream extends OutputStream {

    private final OutputStream target;
    private final Consumer<Throwable> onClosed;
    private volatile boolean headersSent;
    private volatile boolean closed;

    ResponseBodyStream(OutputStream target, Consumer<Throwable> onClosed) {
        this.target = target;
        this.onClosed = onClosed;
    }

    void headersSent() {
        headersSent = true;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        checkWritable();
        target.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        checkWritable();
        target.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        if (!headersSent) {
            throw new IOException("response headers not sent yet");
        }
        closed = true;
        try {
            target.close();
        } catch (IOException | RuntimeException e) {
            onClosed.accept(e);
            throw e;
        }
        onClosed.accept(null);
    }

    private void checkWritable() throws IOException {
        if (!headersSent) {
            throw new IOException("response headers not sent yet");
        }
        if (closed) {
            throw new IOException("stream is closed");
        }
    }
}
