package io.streamhub.router.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLSchema;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@code __schema} and {@code __type} root fields from the API schema, in the
 * router: the operation is reduced to its introspection root fields (and the fragments
 * and variables they use) and run by graphql-java.
 */
public final class IntrospectionExecutor {

	private final GraphQL graphQL;

	public IntrospectionExecutor(GraphQLSchema apiSchema) {
		this.graphQL = GraphQL.newGraphQL(apiSchema).build();
	}

	/**
	 * Runs the introspection root fields of an operation.
	 * @param document the validated document
	 * @param operation the operation
	 * @param variables the raw variables
	 * @return the data of the introspection fields, by response key, and any errors
	 */
	public Result execute(Document document, OperationDefinition operation, Map<String, @Nullable Object> variables) {
		Document reduced = reduce(document, operation);
		ExecutionResult result = this.graphQL.execute(ExecutionInput.newExecutionInput()
			.query(graphql.language.AstPrinter.printAstCompact(reduced))
			.variables(variables)
			.build());
		Map<String, @Nullable Object> data = result.getData();
		return new Result((data != null) ? data : Map.of(), result.getErrors());
	}

	private static Document reduce(Document document, OperationDefinition operation) {
		List<Selection> kept = new ArrayList<>();
		for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
			if (selection instanceof Field field
					&& (field.getName().equals("__schema") || field.getName().equals("__type"))) {
				kept.add(field);
			}
		}
		SelectionSet selectionSet = SelectionSet.newSelectionSet(kept).build();
		Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach((f) -> fragments.put(f.getName(), f));
		Set<String> usedFragments = new LinkedHashSet<>();
		Set<String> usedVariables = new LinkedHashSet<>();
		collect(selectionSet, fragments, usedFragments, usedVariables);
		OperationDefinition reducedOperation = operation.transform((builder) -> builder.selectionSet(selectionSet)
			.variableDefinitions(operation.getVariableDefinitions()
				.stream()
				.filter((definition) -> usedVariables.contains(definition.getName()))
				.toList()));
		List<Definition> definitions = new ArrayList<>();
		definitions.add(reducedOperation);
		usedFragments.forEach((name) -> definitions.add(fragments.get(name)));
		return Document.newDocument().definitions(definitions).build();
	}

	private static void collect(Node<?> node, Map<String, FragmentDefinition> fragments, Set<String> usedFragments,
			Set<String> usedVariables) {
		if (node instanceof VariableReference reference) {
			usedVariables.add(reference.getName());
		}
		if (node instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
				&& usedFragments.add(spread.getName())) {
			collect(fragments.get(spread.getName()), fragments, usedFragments, usedVariables);
		}
		for (Node<?> child : node.getChildren()) {
			collect(child, fragments, usedFragments, usedVariables);
		}
	}

	/**
	 * Introspection output.
	 *
	 * @param data the introspection fields by response key
	 * @param errors graphql-java errors
	 */
	public record Result(Map<String, @Nullable Object> data, List<GraphQLError> errors) {
	}

}
