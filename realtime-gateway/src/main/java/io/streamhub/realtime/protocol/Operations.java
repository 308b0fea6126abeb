package io.streamhub.realtime.protocol;

import java.util.List;
import java.util.Map;

import io.streamhub.realtime.subscription.OperationException;
import io.streamhub.realtime.subscription.SubscriptionHub;
import io.streamhub.realtime.subscription.SubscriptionPlanner;
import io.streamhub.router.GraphQlError;
import io.streamhub.router.GraphQlRequest;
import io.streamhub.router.RequestContext;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.planning.QueryPlan;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * {@code subscribe} and {@code complete}: subscriptions are registered in the hub,
 * queries and mutations are executed by the engine and answered with {@code next} then
 * {@code complete}. Invalid operations get an {@code error} message (the socket stays
 * open); protocol violations close the socket.
 */
final class Operations {

	private static final Log logger = LogFactory.getLog(Operations.class);

	private final RouterEngine engine;

	private final SubscriptionPlanner planner;

	private final SubscriptionHub hub;

	private final int maxPerConnection;

	Operations(RouterEngine engine, SubscriptionPlanner planner, SubscriptionHub hub, int maxPerConnection) {
		this.engine = engine;
		this.planner = planner;
		this.hub = hub;
		this.maxPerConnection = maxPerConnection;
	}

	void subscribe(Connection connection, Map<?, ?> message) {
		if (!connection.acknowledged) {
			connection.close(CloseCodes.UNAUTHORIZED, "Unauthorized");
			return;
		}
		String id = (message.get("id") instanceof String text && !text.isEmpty()) ? text : null;
		GraphQlRequest request = request(message.get("payload"));
		if (id == null || request == null) {
			connection.close(CloseCodes.BAD_REQUEST, "Invalid subscribe message: an id and payload.query are required");
			return;
		}
		if (connection.operations.containsKey(id)) {
			connection.close(CloseCodes.SUBSCRIBER_EXISTS, "Subscriber for " + id + " already exists");
			return;
		}
		if (connection.operations.size() >= this.maxPerConnection) {
			connection.sendErrors(id, List.of(GraphQlError.of("Too many active operations on this connection (max "
					+ this.maxPerConnection + "); complete some first", "RATE_LIMITED")));
			return;
		}
		Connection.Operation operation = new Connection.Operation();
		connection.operations.put(id, operation);
		try {
			start(connection, id, operation, request);
		}
		catch (OperationException ex) {
			connection.operations.remove(id, operation);
			connection.sendErrors(id, ex.errors());
		}
		catch (RuntimeException ex) {
			logger.warn("Starting operation " + id + " failed", ex);
			connection.operations.remove(id, operation);
			connection.sendErrors(id, List.of(GraphQlError.of("Internal error", "INTERNAL")));
		}
	}

	private void start(Connection connection, String id, Connection.Operation operation, GraphQlRequest request) {
		QueryPlan plan = this.planner.plan(request);
		if (plan.operation().kind().equals("subscription")) {
			operation.registration = this.hub.subscribe(plan, request, connection.identity, connection, id);
			return;
		}
		RequestContext context = new RequestContext(connection.identity.headers(), connection.identity.user());
		this.engine.execute(request, context).thenAccept((response) -> {
			if (!connection.operations.remove(id, operation)) {
				return;
			}
			if (response.isRequestError()) {
				connection.sendErrors(id, response.errors());
				return;
			}
			connection.sendMessage("next", id, response.toMap());
			connection.sendMessage("complete", id, null);
		});
	}

	void complete(Connection connection, Map<?, ?> message) {
		if (!(message.get("id") instanceof String id)) {
			connection.close(CloseCodes.BAD_REQUEST, "Invalid complete message: an id is required");
			return;
		}
		Connection.Operation operation = connection.operations.remove(id);
		if (operation != null && operation.registration != null) {
			this.hub.unsubscribe(operation.registration);
		}
	}

	void cancelAll(Connection connection) {
		for (Connection.Operation operation : connection.operations.values()) {
			if (operation.registration != null) {
				this.hub.unsubscribe(operation.registration);
			}
		}
		connection.operations.clear();
	}

	@SuppressWarnings("unchecked")
	private static @Nullable GraphQlRequest request(@Nullable Object payload) {
		if (!(payload instanceof Map<?, ?> map) || !(map.get("query") instanceof String query)) {
			return null;
		}
		Object variables = map.get("variables");
		Object operationName = map.get("operationName");
		Object extensions = map.get("extensions");
		if ((variables != null && !(variables instanceof Map))
				|| (operationName != null && !(operationName instanceof String))
				|| (extensions != null && !(extensions instanceof Map))) {
			return null;
		}
		return new GraphQlRequest(query, (String) operationName, (Map<String, @Nullable Object>) variables,
				(Map<String, Object>) extensions);
	}

}
