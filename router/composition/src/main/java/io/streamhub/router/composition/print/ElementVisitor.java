package io.streamhub.router.composition.print;

import java.util.function.Consumer;

import io.streamhub.router.composition.model.Applied;
import io.streamhub.router.composition.model.SupergraphType;

/**
 * Visits the carried directives of a type and of all its elements.
 */
final class ElementVisitor {

	private ElementVisitor() {
	}

	static void visit(SupergraphType type, Consumer<Applied> visitor) {
		visitor.accept(type.applied());
		type.fields().values().forEach((field) -> {
			visitor.accept(field.applied());
			field.arguments().values().forEach((arg) -> visitor.accept(arg.applied()));
		});
		type.values().values().forEach((value) -> visitor.accept(value.applied()));
	}

}
