package io.streamhub.router.conformance.subgraph;

import java.util.ArrayList;
import java.util.List;

import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * Federation 1 subgraphs write {@code extend type User @key(fields: "id")} for a type
 * they do not define; graphql-java rejects an extension without a base type, so such
 * extensions become plain definitions (the extension semantics matter to composition,
 * which reads the SDL files, not to execution).
 */
final class OrphanExtensions {

	private OrphanExtensions() {
	}

	static TypeDefinitionRegistry promote(TypeDefinitionRegistry registry) {
		List<ObjectTypeExtensionDefinition> orphans = new ArrayList<>();
		registry.objectTypeExtensions().forEach((name, extensions) -> {
			if (registry.getType(name).isEmpty()) {
				orphans.addAll(extensions);
			}
		});
		List<String> promoted = new ArrayList<>();
		for (ObjectTypeExtensionDefinition orphan : orphans) {
			registry.remove(orphan);
			if (!promoted.contains(orphan.getName())) {
				promoted.add(orphan.getName());
				registry.add(asDefinition(orphan));
				continue;
			}
			registry.add(orphan);
		}
		return registry;
	}

	private static ObjectTypeDefinition asDefinition(ObjectTypeExtensionDefinition extension) {
		return ObjectTypeDefinition.newObjectTypeDefinition()
			.name(extension.getName())
			.implementz(extension.getImplements())
			.directives(extension.getDirectives())
			.fieldDefinitions(extension.getFieldDefinitions())
			.sourceLocation(extension.getSourceLocation())
			.build();
	}

}
