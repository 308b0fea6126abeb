package io.streamhub.router.supergraph;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

/**
 * A {@code join__FieldSet}: selection syntax such as {@code "id"} or {@code "id
 * organization { id }"}.
 *
 * @param text the source text
 * @param selectionSet the parsed selections
 */
public record FieldSet(String text, SelectionSet selectionSet) {

	/**
	 * Parses a field set.
	 * @param text the field set text
	 * @return the field set
	 * @throws SupergraphException when the text is not a selection set
	 */
	public static FieldSet parse(String text) {
		try {
			Document document = Parser.parse("{" + text + "}");
			OperationDefinition operation = (OperationDefinition) document.getDefinitions().get(0);
			return new FieldSet(text, operation.getSelectionSet());
		}
		catch (InvalidSyntaxException | ClassCastException ex) {
			throw new SupergraphException("Invalid field set \"" + text + "\": " + ex.getMessage(), ex);
		}
	}

}
