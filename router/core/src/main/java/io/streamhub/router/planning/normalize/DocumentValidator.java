package io.streamhub.router.planning.normalize;

import java.util.ArrayList;
import java.util.List;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

/**
 * Stage 1: parse the document and validate it against the API schema.
 */
public final class DocumentValidator {

	private final GraphQLSchema apiSchema;

	public DocumentValidator(GraphQLSchema apiSchema) {
		this.apiSchema = apiSchema;
	}

	/**
	 * Parses a document.
	 * @param text the document text
	 * @return the document
	 * @throws InvalidOperationException with the syntax error and its location
	 */
	public Document parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidOperationException("The request has no query document", "BAD_USER_INPUT");
		}
		try {
			return Parser.parse(text);
		}
		catch (InvalidSyntaxException ex) {
			List<graphql.language.SourceLocation> locations = (ex.getLocation() != null) ? List.of(ex.getLocation())
					: List.of();
			throw new InvalidOperationException(
					List.of(new OperationError(syntaxMessage(ex), locations, "BAD_USER_INPUT")));
		}
	}

	private static String syntaxMessage(InvalidSyntaxException ex) {
		String message = ex.getMessage();
		return (message != null) ? message : "Invalid syntax";
	}

	/**
	 * Validates a document against the API schema.
	 * @param document the document
	 * @throws InvalidOperationException with every validation error and its locations
	 */
	public void validate(Document document) {
		List<ValidationError> errors = graphql.ParseAndValidate.validate(this.apiSchema, document);
		if (errors.isEmpty()) {
			return;
		}
		List<OperationError> operationErrors = new ArrayList<>();
		for (ValidationError error : errors) {
			operationErrors.add(new OperationError(error.getDescription(), error.getLocations(), "BAD_USER_INPUT"));
		}
		throw new InvalidOperationException(operationErrors);
	}

}
