package io.streamhub.router.composition.model;

import java.util.function.UnaryOperator;

import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;

/**
 * A reference to a type: a named type, a list or a non-null wrapper.
 */
public sealed interface TypeRef permits TypeRef.Named, TypeRef.ListOf, TypeRef.NonNull {

	static TypeRef of(Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			return new NonNull(of(nonNull.getType()));
		}
		if (type instanceof ListType list) {
			return new ListOf(of(list.getType()));
		}
		return new Named(((TypeName) type).getName());
	}

	/**
	 * The innermost named type.
	 * @return the name of the base type
	 */
	String baseName();

	/**
	 * Renames the base type.
	 * @param renaming the renaming function
	 * @return the renamed reference
	 */
	TypeRef rename(UnaryOperator<String> renaming);

	default boolean isNonNull() {
		return this instanceof NonNull;
	}

	/**
	 * A named type.
	 *
	 * @param name the type name
	 */
	record Named(String name) implements TypeRef {

		@Override
		public String baseName() {
			return this.name;
		}

		@Override
		public TypeRef rename(UnaryOperator<String> renaming) {
			return new Named(renaming.apply(this.name));
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * A list type.
	 *
	 * @param of the element type
	 */
	record ListOf(TypeRef of) implements TypeRef {

		@Override
		public String baseName() {
			return this.of.baseName();
		}

		@Override
		public TypeRef rename(UnaryOperator<String> renaming) {
			return new ListOf(this.of.rename(renaming));
		}

		@Override
		public String toString() {
			return "[" + this.of + "]";
		}

	}

	/**
	 * A non-null type.
	 *
	 * @param of the wrapped type
	 */
	record NonNull(TypeRef of) implements TypeRef {

		@Override
		public String baseName() {
			return this.of.baseName();
		}

		@Override
		public TypeRef rename(UnaryOperator<String> renaming) {
			return new NonNull(this.of.rename(renaming));
		}

		@Override
		public String toString() {
			return this.of + "!";
		}

	}

}
