package io.streamhub.realtime.subscription;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The subscribers sharing one execution per event: same normalized document, variables
 * and visibility scope. Events are resolved one after the other (each waits for the
 * previous one), so every subscriber receives them in stream order.
 */
final class SubscriptionGroup {

	private static final Log logger = LogFactory.getLog(SubscriptionGroup.class);

	final GroupKey key;

	final PreparedSubscription prepared;

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

	private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

	SubscriptionGroup(GroupKey key, PreparedSubscription prepared) {
		this.key = key;
		this.prepared = prepared;
	}

	void add(Subscriber subscriber) {
		this.subscribers.add(subscriber);
	}

	void remove(Subscriber subscriber) {
		this.subscribers.remove(subscriber);
	}

	boolean isEmpty() {
		return this.subscribers.isEmpty();
	}

	int size() {
		return this.subscribers.size();
	}

	synchronized void enqueue(RealtimeEvent event, EventResolver resolver, AtomicLong deliveries,
			AtomicLong suppressed) {
		this.tail = this.tail.thenCompose((ignored) -> resolveAndSend(event, resolver, deliveries, suppressed))
			.exceptionally((failure) -> {
				logger.warn("Resolving event " + event.streamId() + " failed", failure);
				return null;
			});
	}

	private CompletableFuture<Void> resolveAndSend(RealtimeEvent event, EventResolver resolver, AtomicLong deliveries,
			AtomicLong suppressed) {
		Map<String, List<String>> headers = headers();
		if (headers == null) {
			return CompletableFuture.completedFuture(null);
		}
		return resolver.resolve(this.prepared, event, headers).thenAccept((payload) -> {
			if (payload == null) {
				suppressed.incrementAndGet();
				return;
			}
			for (Subscriber subscriber : this.subscribers) {
				subscriber.sink().next(subscriber.id(), payload);
				deliveries.incrementAndGet();
			}
		});
	}

	private @Nullable Map<String, List<String>> headers() {
		for (Subscriber subscriber : this.subscribers) {
			return subscriber.sink().headers();
		}
		return null;
	}

	/**
	 * A subscription of a connection.
	 *
	 * @param sink the connection
	 * @param id the operation id
	 */
	record Subscriber(SubscriberSink sink, String id) {

	}

	/**
	 * What subscribers must have in common to share an execution.
	 *
	 * @param document the normalized document
	 * @param operationName the operation name
	 * @param variables the raw variables
	 * @param scope the visibility scope
	 * ({@link io.streamhub.realtime.auth.Identity#scope()})
	 */
	record GroupKey(String document, @Nullable String operationName, Map<String, @Nullable Object> variables,
			String scope) {

	}

}
