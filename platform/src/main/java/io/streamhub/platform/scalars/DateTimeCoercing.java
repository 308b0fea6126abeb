package io.streamhub.platform.scalars;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;

/**
 * {@code DateTime}: ISO-8601 with offset on the wire, {@link Instant} or
 * {@link OffsetDateTime} in Java (always written in UTC). A service registers it under
 * the name {@code DateTime}, e.g. with DGS:
 * {@code @DgsScalar(name = "DateTime") class DateTimeScalar
 * extends DateTimeCoercing}.
 */
public class DateTimeCoercing implements Coercing<OffsetDateTime, String> {

	@Override
	public String serialize(Object value, GraphQLContext context, Locale locale) {
		if (value instanceof Instant instant) {
			return instant.atOffset(ZoneOffset.UTC).toString();
		}
		if (value instanceof OffsetDateTime dateTime) {
			return dateTime.withOffsetSameInstant(ZoneOffset.UTC).toString();
		}
		throw new CoercingSerializeException("Not a DateTime: " + value.getClass().getSimpleName());
	}

	@Override
	public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
		try {
			return OffsetDateTime.parse(input.toString());
		}
		catch (DateTimeParseException ex) {
			throw new CoercingParseValueException("Expected an ISO-8601 date-time with offset");
		}
	}

	@Override
	public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
			Locale locale) {
		if (!(input instanceof StringValue string)) {
			throw new CoercingParseLiteralException("Expected a string");
		}
		try {
			return OffsetDateTime.parse(string.getValue());
		}
		catch (DateTimeParseException ex) {
			throw new CoercingParseLiteralException("Expected an ISO-8601 date-time with offset");
		}
	}

}
