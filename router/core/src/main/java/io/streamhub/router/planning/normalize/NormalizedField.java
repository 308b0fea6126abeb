package io.streamhub.router.planning.normalize;

import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLOutputType;
import org.jspecify.annotations.Nullable;

/**
 * A field of a normalized operation: fragments are gone, fields with the same response
 * key are merged, and sub-selections are grouped per possible concrete object type.
 *
 * @param responseKey the alias or name
 * @param name the field name
 * @param arguments the arguments as written (may reference variables)
 * @param conditions the variable-driven {@code @skip}/{@code @include} directives that
 * apply
 * @param parentType the concrete object type this field is selected on
 * @param type the API schema output type (nullability and lists)
 * @param typeName the named return type
 * @param children per concrete object type, the selected fields (empty for leaves)
 * @param location where the field is in the document
 */
public record NormalizedField(String responseKey, String name, List<Argument> arguments, List<Directive> conditions,
		String parentType, GraphQLOutputType type, String typeName, Map<String, List<NormalizedField>> children,
		@Nullable SourceLocation location) {

	public boolean isLeaf() {
		return this.children.isEmpty() && !isComposite();
	}

	public boolean isComposite() {
		return !(graphql.schema.GraphQLTypeUtil.unwrapAll(this.type) instanceof graphql.schema.GraphQLScalarType)
				&& !(graphql.schema.GraphQLTypeUtil.unwrapAll(this.type) instanceof graphql.schema.GraphQLEnumType);
	}

	public boolean isTypename() {
		return this.name.equals("__typename");
	}

	/**
	 * The fields selected when the value is of the given concrete type.
	 * @param objectType the concrete type
	 * @return the fields, empty if none apply
	 */
	public List<NormalizedField> childrenFor(String objectType) {
		return this.children.getOrDefault(objectType, List.of());
	}

}
