package io.streamhub.realtime.subscription;

import java.util.Map;

import io.streamhub.router.planning.QueryPlan;
import org.jspecify.annotations.Nullable;

/**
 * A subscription ready to resolve events: the plan without its root fetch, how to turn an
 * event into the root fetch's data, the trigger, and the variables.
 *
 * @param plan the plan run for each event (its node may be {@code null})
 * @param projection builds the initial data from an event
 * @param trigger what the subscription listens to
 * @param rootKey the root field's response key
 * @param rawVariables the variables as sent
 * @param coercedVariables the coerced variables
 */
record PreparedSubscription(QueryPlan plan, RootProjection projection, Trigger trigger, String rootKey,
		Map<String, @Nullable Object> rawVariables, Map<String, @Nullable Object> coercedVariables) {

}
