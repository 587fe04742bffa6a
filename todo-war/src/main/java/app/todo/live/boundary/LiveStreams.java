package app.todo.live.boundary;

import app.todo.live.entity.Change;
import app.todo.live.entity.LiveGap;
import app.todo.live.entity.Pulse;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * The open pages of this replica, by account, each a server-sent event stream; what changed reaches those of the
 * people who see the list (U1, U2). Bounded (U5): so many streams a replica, so many an account; a comment every
 * 25 s keeps proxies from closing an idle stream and finds the ones whose browser has gone; a stream ends after
 * {@code todo.live.max-age}, and the browser opens it again at once, signed in again (U6).
 */
@ApplicationScoped
public class LiveStreams {

    private static final long HEARTBEAT_SECONDS = 25;
    private static final Jsonb JSON = JsonbBuilder.create();

    /** What a page hears: the list that changed, and what to announce ("" to its own author). */
    public record Heard(long list, String say) {}

    /** How soon a browser opens a stream again that the server ended (its own default is about 3 s). */
    private static final long REOPEN_MILLIS = 1000;

    private static final class Stream {
        final long accountId;
        final Locale locale;
        final SseEventSink sink;
        final Sse sse;
        /** Its end at max-age; cancelled when it ends before, so that a gone stream is not held until then. */
        volatile ScheduledFuture<?> expiry;

        Stream(long accountId, Locale locale, SseEventSink sink, Sse sse) {
            this.accountId = accountId;
            this.locale = locale;
            this.sink = sink;
            this.sse = sse;
        }
    }

    private final Map<Long, Set<Stream>> byAccount = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private ScheduledFuture<?> heartbeat;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "todo.live.max-streams")
    int maxStreams;

    @Inject
    @ConfigProperty(name = "todo.live.max-streams-per-account")
    int maxStreamsPerAccount;

    @Inject
    @ConfigProperty(name = "todo.live.max-age")
    Duration maxAge;

    @PostConstruct
    void startHeartbeat() {
        heartbeat = scheduler.scheduleAtFixedRate(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void closeAll() {
        heartbeat.cancel(false);
        byAccount.values().forEach(streams -> streams.forEach(this::close));
    }

    /** @return whether the stream is taken; false when the replica or the account has as many as it may */
    boolean open(long accountId, Locale locale, SseEventSink sink, Sse sse) {
        if (open.incrementAndGet() > maxStreams) {
            open.decrementAndGet();
            return false;
        }
        Stream stream = new Stream(accountId, locale, sink, sse);
        boolean[] taken = {false};
        byAccount.compute(accountId, (id, held) -> {
            Set<Stream> streams = held == null ? ConcurrentHashMap.newKeySet() : held;
            if (streams.size() < maxStreamsPerAccount) {
                taken[0] = streams.add(stream);
            }
            return streams.isEmpty() ? null : streams;
        });
        if (!taken[0]) {
            open.decrementAndGet();
            return false;
        }
        stream.expiry = scheduler.schedule(() -> close(stream), maxAge.toMillis(), TimeUnit.MILLISECONDS);
        // An event of its own, which no page listens to ("open" would reach the listeners of the stream's own
        // opening): the server writes the retry field only with data.
        send(
                stream,
                sse.newEventBuilder()
                        .comment("open")
                        .name("hello")
                        .reconnectDelay(REOPEN_MILLIS)
                        .data(String.class, "")
                        .build());
        return true;
    }

    @Gauge(
            name = "todo_live_streams",
            absolute = true,
            unit = MetricUnits.NONE,
            description = "Pages following changes on this replica (server-sent event streams open)")
    public int openStreams() {
        return open.get();
    }

    void heard(@Observes Pulse pulse) {
        for (long accountId : pulse.audience()) {
            Set<Stream> streams = byAccount.get(accountId);
            if (streams == null) {
                continue;
            }
            for (Stream stream : streams) {
                String say = accountId == pulse.actorId() ? "" : announcement(pulse, stream.locale);
                send(stream, event(stream, new Heard(pulse.listId(), say)));
            }
        }
    }

    void missed(@Observes LiveGap gap) {
        byAccount.values().forEach(streams -> streams.forEach(stream -> send(stream, event(stream, new Heard(0, "")))));
    }

    /** "Bob ticked Buy milk", in the page's language. */
    static String announcement(Pulse pulse, Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle("messages", locale);
        String key = "live." + pulse.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String subject = pulse.kind() == Change.Kind.LIST_CHANGED ? pulse.listName() : pulse.subject();
        return new MessageFormat(messages.getString(key), locale).format(new Object[] {pulse.actorName(), subject});
    }

    private static OutboundSseEvent event(Stream stream, Heard heard) {
        return stream.sse
                .newEventBuilder()
                .name("change")
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, JSON.toJson(heard))
                .build();
    }

    private void beat() {
        byAccount
                .values()
                .forEach(streams -> streams.forEach(stream ->
                        send(stream, stream.sse.newEventBuilder().comment("").build())));
    }

    private void send(Stream stream, OutboundSseEvent event) {
        if (stream.sink.isClosed()) {
            forget(stream);
            return;
        }
        try {
            stream.sink.send(event).whenComplete((sent, failure) -> {
                if (failure != null) {
                    close(stream);
                }
            });
        } catch (RuntimeException closedMeanwhile) {
            // Another thread's write found the browser gone and closed the stream: forget it, tell the others.
            close(stream);
        }
    }

    private void close(Stream stream) {
        try {
            stream.sink.close();
        } catch (RuntimeException ignored) {
            // The browser has gone already.
        }
        forget(stream);
    }

    private void forget(Stream stream) {
        ScheduledFuture<?> expiry = stream.expiry;
        if (expiry != null) {
            expiry.cancel(false);
        }
        byAccount.computeIfPresent(stream.accountId, (id, streams) -> {
            if (streams.remove(stream)) {
                open.decrementAndGet();
            }
            return streams.isEmpty() ? null : streams;
        });
    }
}
