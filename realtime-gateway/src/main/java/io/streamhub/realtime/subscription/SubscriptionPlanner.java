package io.streamhub.realtime.subscription;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphQLException;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import io.streamhub.realtime.auth.Identity;
import io.streamhub.router.GraphQlError;
import io.streamhub.router.GraphQlRequest;
import io.streamhub.router.GraphQlRequestException;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.planning.QueryPlan;
import io.streamhub.router.planning.normalize.NormalizedField;
import io.streamhub.router.planning.normalize.NormalizedOperation;
import org.jspecify.annotations.Nullable;

/**
 * Prepares subscriptions: plans the operation with the federation engine (validation
 * against the API schema included), splits off the root fetch to the realtime subgraph,
 * coerces the variables and derives the trigger from the root field and its arguments.
 */
public final class SubscriptionPlanner {

	private final RouterEngine engine;

	private final String subgraph;

	public SubscriptionPlanner(RouterEngine engine, String subgraph) {
		this.engine = engine;
		this.subgraph = subgraph;
	}

	/**
	 * Plans a request.
	 * @param request the request
	 * @return the plan
	 * @throws OperationException when the document is invalid
	 */
	public QueryPlan plan(GraphQlRequest request) {
		try {
			return this.engine.plan(request.query(), request.operationName());
		}
		catch (GraphQlRequestException ex) {
			throw new OperationException(ex.errors());
		}
	}

	/**
	 * Prepares a subscription.
	 * @param plan the subscription's plan
	 * @param request the request
	 * @param identity who subscribes
	 * @return the prepared subscription
	 * @throws OperationException for invalid variables or arguments, or a subscription
	 * the identity may not open
	 */
	PreparedSubscription prepare(QueryPlan plan, GraphQlRequest request, Identity identity) {
		NormalizedOperation operation = plan.operation();
		List<NormalizedField> roots = operation.rootFields().stream().filter((f) -> !f.isTypename()).toList();
		if (roots.size() != 1 || plan.node() == null) {
			throw OperationException.of("A subscription must select exactly one root field", "BAD_USER_INPUT");
		}
		NormalizedField root = roots.get(0);
		Map<String, @Nullable Object> coerced = coerce(operation, request.variables());
		Trigger trigger = trigger(root, coerced, identity);
		RootFetchSplitter.Split split = RootFetchSplitter.split(plan.node(), this.subgraph);
		RootProjection projection = new RootProjection(selectionOf(split.rootFetch().operation()));
		return new PreparedSubscription(new QueryPlan(operation, split.rest()), projection, trigger, root.responseKey(),
				request.variables(), coerced);
	}

	private static graphql.language.SelectionSet selectionOf(String fetchOperation) {
		Document document = Parser.parse(fetchOperation);
		return document.getDefinitionsOfType(OperationDefinition.class).get(0).getSelectionSet();
	}

	private Trigger trigger(NormalizedField root, Map<String, @Nullable Object> variables, Identity identity) {
		switch (root.name()) {
			case "commentAdded":
				return new Trigger(Trigger.comments(uuid(root, "videoId", variables)), null);
			case "videoStatusChanged":
				return new Trigger(Trigger.videos(uuid(root, "videoId", variables)), null);
			case "availabilityChanged":
				return new Trigger(Trigger.availability(uuid(root, "videoId", variables)),
						argument(root, "region", variables));
			case "notificationAdded":
				if (identity.isAnonymous()) {
					throw OperationException.of("notificationAdded needs a signed-in user", "UNAUTHENTICATED");
				}
				return new Trigger(Trigger.notifications(identity.scope()), null);
			default:
				throw OperationException.of("Subscription." + root.name() + " is not served by this gateway",
						"BAD_USER_INPUT");
		}
	}

	private static String uuid(NormalizedField root, String name, Map<String, @Nullable Object> variables) {
		String value = argument(root, name, variables);
		try {
			return UUID.fromString(String.valueOf(value)).toString();
		}
		catch (IllegalArgumentException ex) {
			throw OperationException.of(root.name() + "(" + name + "): not a valid id: " + value, "BAD_USER_INPUT");
		}
	}

	private static @Nullable String argument(NormalizedField root, String name,
			Map<String, @Nullable Object> variables) {
		for (Argument argument : root.arguments()) {
			if (argument.getName().equals(name)) {
				return literal(argument.getValue(), variables);
			}
		}
		return null;
	}

	private static @Nullable String literal(Value<?> value, Map<String, @Nullable Object> variables) {
		if (value instanceof VariableReference reference) {
			Object variable = variables.get(reference.getName());
			return (variable != null) ? variable.toString() : null;
		}
		if (value instanceof StringValue string) {
			return string.getValue();
		}
		if (value instanceof IntValue integer) {
			return integer.getValue().toString();
		}
		return null;
	}

	private Map<String, @Nullable Object> coerce(NormalizedOperation operation, Map<String, @Nullable Object> raw) {
		if (operation.variableDefinitions().isEmpty()) {
			return Map.of();
		}
		try {
			return ValuesResolver
				.coerceVariableValues(this.engine.supergraph().apiSchema(), operation.variableDefinitions(),
						RawVariables.of(raw), GraphQLContext.getDefault(), Locale.ROOT)
				.toMap();
		}
		catch (GraphQLException ex) {
			String message = (ex.getMessage() != null) ? ex.getMessage() : "Invalid variables";
			List<graphql.language.SourceLocation> locations = (ex instanceof GraphQLError error) ? error.getLocations()
					: null;
			throw new OperationException(
					List.of(new GraphQlError(message, null, locations, Map.of("code", "BAD_USER_INPUT"))));
		}
	}

}
