package io.streamhub.router.server.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.streamhub.router.server.config.LimitsProperties;
import io.streamhub.router.server.runtime.Rejection;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * Checks a document against the configured limits before the engine plans it. Parsed
 * documents are cached by text (a client's repeated operation is parsed once); documents
 * that do not parse or select no operation pass through, for the engine to report.
 */
public final class OperationLimits {

	private final LimitsProperties limits;

	private final Supplier<@Nullable GraphQLSchema> schema;

	private final ParserOptions parserOptions;

	private final Cache<String, Document> documents;

	private final Consumer<Boolean> cacheListener;

	/**
	 * Creates the check.
	 * @param limits the limits
	 * @param schema the API schema in service (list fields for the cost estimate)
	 * @param cacheSize parsed documents kept
	 * @param cacheListener told about each document cache hit ({@code true}) or miss
	 */
	public OperationLimits(LimitsProperties limits, Supplier<@Nullable GraphQLSchema> schema, int cacheSize,
			Consumer<Boolean> cacheListener) {
		this.limits = limits;
		this.cacheListener = cacheListener;
		this.schema = schema;
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.getMaxTokens()));
		this.documents = Caffeine.newBuilder().maximumSize(Math.max(1, cacheSize)).build();
	}

	/**
	 * Checks an operation.
	 * @param query the document
	 * @param operationName the operation to run, if named
	 * @param variables the variables
	 * @return whether the operation introspects
	 */
	public boolean check(String query, @Nullable String operationName, Map<String, @Nullable Object> variables) {
		return check(query, operationName, variables, (name) -> {
		});
	}

	/**
	 * Checks an operation.
	 * @param query the document
	 * @param operationName the operation to run, if named
	 * @param variables the variables (list sizes given as variables)
	 * @param selected told the name of the operation the document selects (metrics),
	 * before any limit is enforced
	 * @return whether the operation introspects
	 * @throws Rejection with MAX_TOKENS_EXCEEDED, MAX_DEPTH_EXCEEDED,
	 * MAX_ALIASES_EXCEEDED, MAX_ROOT_FIELDS_EXCEEDED, MAX_DIRECTIVES_EXCEEDED or
	 * COST_ESTIMATED_TOO_EXPENSIVE (400)
	 */
	public boolean check(String query, @Nullable String operationName, Map<String, @Nullable Object> variables,
			Consumer<String> selected) {
		Document document = parse(query);
		OperationDefinition operation = (document != null) ? select(document, operationName) : null;
		if (operation == null) {
			return false;
		}
		if (operation.getName() != null) {
			selected.accept(operation.getName());
		}
		Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
		for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
			fragments.putIfAbsent(fragment.getName(), fragment);
		}
		GraphQLSchema schema = this.schema.get();
		Shape shape = new ShapeAnalysis(fragments, variables, schema, this.limits.getDefaultListSize())
			.of(operation.getSelectionSet(), rootType(schema, operation));
		enforce(shape);
		return shape.introspection();
	}

	private void enforce(Shape shape) {
		exceeds("MAX_DEPTH_EXCEEDED", "depth", shape.depth(), this.limits.getMaxDepth());
		exceeds("MAX_ALIASES_EXCEEDED", "aliases", shape.aliases(), this.limits.getMaxAliases());
		exceeds("MAX_ROOT_FIELDS_EXCEEDED", "root fields", shape.fields(), this.limits.getMaxRootFields());
		exceeds("MAX_DIRECTIVES_EXCEEDED", "directives on one field", shape.maxDirectives(),
				this.limits.getMaxDirectivesPerField());
		exceeds("COST_ESTIMATED_TOO_EXPENSIVE", "estimated cost", shape.cost(), this.limits.getMaxCost());
	}

	private static void exceeds(String code, String what, long actual, long limit) {
		if (actual <= limit) {
			return;
		}
		String shown = (actual >= Shape.SATURATED) ? "more than " + Shape.SATURATED : Long.toString(actual);
		throw Rejection
			.of(HttpStatus.BAD_REQUEST, code,
					"The operation's " + what + " (" + shown + ") exceeds the limit of " + limit)
			.withExtension("limit", limit);
	}

	private @Nullable Document parse(String query) {
		Document cached = this.documents.getIfPresent(query);
		this.cacheListener.accept(cached != null);
		if (cached != null) {
			return cached;
		}
		try {
			Document document = new Parser().parseDocument(
					ParserEnvironment.newParserEnvironment().document(query).parserOptions(this.parserOptions).build());
			this.documents.put(query, document);
			return document;
		}
		catch (ParseCancelledException ex) {
			throw Rejection
				.of(HttpStatus.BAD_REQUEST, "MAX_TOKENS_EXCEEDED",
						"The document has more than " + this.limits.getMaxTokens() + " tokens")
				.withExtension("limit", this.limits.getMaxTokens());
		}
		catch (ParseCancelledTooDeepException ex) {
			throw Rejection.of(HttpStatus.BAD_REQUEST, "MAX_DEPTH_EXCEEDED", "The document is nested too deeply")
				.withExtension("limit", this.limits.getMaxDepth());
		}
		catch (InvalidSyntaxException ex) {
			return null;
		}
	}

	private static @Nullable OperationDefinition select(Document document, @Nullable String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operationName == null) {
			return (operations.size() == 1) ? operations.get(0) : null;
		}
		for (OperationDefinition operation : operations) {
			if (operationName.equals(operation.getName())) {
				return operation;
			}
		}
		return null;
	}

	private static @Nullable GraphQLType rootType(@Nullable GraphQLSchema schema, OperationDefinition operation) {
		if (schema == null) {
			return null;
		}
		return switch (operation.getOperation()) {
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
			default -> schema.getQueryType();
		};
	}

}
