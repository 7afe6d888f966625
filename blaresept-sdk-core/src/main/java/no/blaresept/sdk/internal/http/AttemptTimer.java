package no.blaresept.sdk.internal.http;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Bounds a blocking call by interrupting its thread when the attempt's time is up. The call runs on
 * the caller's own thread — a hand-off to another thread costs more than a loopback round trip on a
 * small machine — and the JDK client's request timeout stops counting once the response headers have
 * arrived, so without this a stalled response body would block forever.
 *
 * <p>One daemon watchdog for the whole JVM looks at the running calls every {@value #TICK_MILLIS} ms
 * (a timeout is that much late at most) and ends itself after a minute without calls. Registering a
 * call only adds it to a set: waking a timer thread for every call would cost a quarter of a loopback
 * round trip. Thread-safe.
 */
final class AttemptTimer {

    static final long TICK_MILLIS = 10;
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final Set<Alarm> RUNNING = ConcurrentHashMap.newKeySet();
    private static @Nullable Thread watchdog; // guarded by AttemptTimer.class

    private AttemptTimer() {
    }

    /** A blocking call that gives up with {@link InterruptedException} when its thread is interrupted. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws IOException, InterruptedException;
    }

    /**
     * Runs {@code call} on this thread, interrupting it after {@code budget}.
     *
     * @return what the call returned, even when the alarm rang just after it finished
     * @throws TimeoutException     when the alarm ended the call (the thread is not left interrupted)
     * @throws InterruptedException when the caller's thread was interrupted by someone else
     */
    static <T> T run(Duration budget, Call<T> call) throws IOException, InterruptedException, TimeoutException {
        Alarm alarm = new Alarm(Thread.currentThread(), System.nanoTime() + budget.toNanos());
        RUNNING.add(alarm);
        watch();
        T result;
        try {
            result = call.call();
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (stop(alarm)) {
                TimeoutException timeout = new TimeoutException("no complete answer within " + budget.toMillis() + " ms");
                timeout.initCause(e);
                throw timeout;
            }
            throw e;
        }
        stop(alarm);
        return result;
    }

    /** Stops the alarm and takes back its interrupt; true when it rang. */
    private static boolean stop(Alarm alarm) {
        RUNNING.remove(alarm);
        if (alarm.stop()) {
            Thread.interrupted();
            return true;
        }
        return false;
    }

    /** Starts the watchdog unless it runs; under the lock its exit takes, so no call goes unwatched. */
    private static synchronized void watch() {
        if (watchdog == null) {
            Thread thread = new Thread(AttemptTimer::patrol, "blaresept-sdk-attempt-timer");
            thread.setDaemon(true);
            watchdog = thread;
            thread.start();
        }
    }

    private static void patrol() {
        long lastBusy = System.nanoTime();
        while (true) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
            long now = System.nanoTime();
            for (Alarm alarm : RUNNING) {
                if (now - alarm.deadline >= 0) {
                    alarm.ring();
                }
            }
            if (!RUNNING.isEmpty()) {
                lastBusy = now;
            } else if (now - lastBusy > IDLE_NANOS) {
                synchronized (AttemptTimer.class) {
                    // A call registered before this check is seen here; one after it starts a new watchdog.
                    if (RUNNING.isEmpty()) {
                        watchdog = null;
                        return;
                    }
                }
            }
        }
    }

    /** Rings at most once, and never after it was stopped, so no interrupt outlives the call. */
    private static final class Alarm {
        private final Thread thread;
        private final long deadline;
        private boolean stopped;
        private boolean rang;

        Alarm(Thread thread, long deadline) {
            this.thread = thread;
            this.deadline = deadline;
        }

        synchronized void ring() {
            // An already interrupted thread is the caller's business: its call ends anyway, not by us.
            if (!stopped && !rang && !thread.isInterrupted()) {
                rang = true;
                thread.interrupt();
            }
        }

        synchronized boolean stop() {
            stopped = true;
            return rang;
        }
    }
}
