package io.streamhub.realtime.subscription;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import graphql.language.AstPrinter;
import io.streamhub.realtime.auth.Identity;
import io.streamhub.realtime.subscription.SubscriptionGroup.GroupKey;
import io.streamhub.realtime.subscription.SubscriptionGroup.Subscriber;
import io.streamhub.router.GraphQlRequest;
import io.streamhub.router.planning.QueryPlan;

/**
 * The subscriptions of this instance, by topic, grouped into shared executions. Events
 * are published by the stream reader's dispatcher; each group resolves an event once and
 * sends the result to all its subscribers. Thread-safe.
 */
public final class SubscriptionHub {

	private final SubscriptionPlanner planner;

	private final EventResolver resolver;

	private final Map<String, Map<GroupKey, SubscriptionGroup>> topics = new ConcurrentHashMap<>();

	private final AtomicLong deliveries = new AtomicLong();

	private final AtomicLong events = new AtomicLong();

	private final AtomicLong suppressed = new AtomicLong();

	SubscriptionHub(SubscriptionPlanner planner, EventResolver resolver) {
		this.planner = planner;
		this.resolver = resolver;
	}

	/**
	 * Creates a hub.
	 * @param planner plans subscriptions
	 * @param engine the engine whose executor resolves events
	 * @param client the subgraph client for the visibility guard
	 * @param guardTimeout timeout of the visibility guard's requests
	 * @return the hub
	 */
	public static SubscriptionHub create(SubscriptionPlanner planner, io.streamhub.router.RouterEngine engine,
			io.streamhub.router.execution.SubgraphClient client, java.time.Duration guardTimeout) {
		VisibilityGuard guard = new VisibilityGuard(engine.supergraph(), client, guardTimeout);
		return new SubscriptionHub(planner, new EventResolver(engine.executor(), guard));
	}

	/**
	 * Subscribes.
	 * @param plan the operation's plan (a subscription)
	 * @param request the request
	 * @param identity who subscribes
	 * @param sink where results go
	 * @param id the operation id
	 * @return the registration, to cancel
	 * @throws OperationException when the subscription cannot be opened
	 */
	public Registration subscribe(QueryPlan plan, GraphQlRequest request, Identity identity, SubscriberSink sink,
			String id) {
		PreparedSubscription prepared = this.planner.prepare(plan, request, identity);
		GroupKey key = new GroupKey(AstPrinter.printAstCompact(plan.operation().document()), request.operationName(),
				request.variables(), identity.scope());
		Subscriber subscriber = new Subscriber(sink, id);
		String topic = prepared.trigger().topic();
		this.topics.compute(topic, (name, groups) -> {
			Map<GroupKey, SubscriptionGroup> map = (groups != null) ? groups : new ConcurrentHashMap<>();
			map.computeIfAbsent(key, (k) -> new SubscriptionGroup(k, prepared)).add(subscriber);
			return map;
		});
		return new Registration(topic, key, subscriber);
	}

	/**
	 * Cancels a subscription (idempotent).
	 * @param registration the registration
	 */
	public void unsubscribe(Registration registration) {
		this.topics.computeIfPresent(registration.topic, (name, groups) -> {
			groups.computeIfPresent(registration.key, (k, group) -> {
				group.remove(registration.subscriber);
				return group.isEmpty() ? null : group;
			});
			return groups.isEmpty() ? null : groups;
		});
	}

	/**
	 * Publishes an event to the groups of its topic. Never blocks on I/O: resolution is
	 * asynchronous.
	 * @param event the event
	 */
	public void publish(RealtimeEvent event) {
		this.events.incrementAndGet();
		Map<GroupKey, SubscriptionGroup> groups = this.topics.get(event.topic());
		if (groups == null) {
			return;
		}
		for (SubscriptionGroup group : groups.values()) {
			if (group.prepared.trigger().accepts(event)) {
				group.enqueue(event, this.resolver, this.deliveries, this.suppressed);
			}
		}
	}

	/**
	 * The number of shared executions (groups).
	 * @return the count
	 */
	public int groupCount() {
		return this.topics.values().stream().mapToInt(Map::size).sum();
	}

	/**
	 * The number of subscriptions.
	 * @return the count
	 */
	public int subscriptionCount() {
		return this.topics.values()
			.stream()
			.flatMap((groups) -> groups.values().stream())
			.mapToInt(SubscriptionGroup::size)
			.sum();
	}

	/**
	 * Messages sent to subscribers so far.
	 * @return the count
	 */
	public long deliveries() {
		return this.deliveries.get();
	}

	/**
	 * Resolutions not delivered: the subscribers may not see the event's entity (or it no
	 * longer exists).
	 * @return the count
	 */
	public long suppressed() {
		return this.suppressed.get();
	}

	/**
	 * Events published so far.
	 * @return the count
	 */
	public long events() {
		return this.events.get();
	}

	/**
	 * A subscription in the hub.
	 */
	public static final class Registration {

		private final String topic;

		private final GroupKey key;

		private final Subscriber subscriber;

		Registration(String topic, GroupKey key, Subscriber subscriber) {
			this.topic = topic;
			this.key = key;
			this.subscriber = subscriber;
		}

	}

}
