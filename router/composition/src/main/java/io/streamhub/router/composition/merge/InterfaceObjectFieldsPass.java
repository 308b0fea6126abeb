package io.streamhub.router.composition.merge;

import java.util.Map;

import io.streamhub.router.composition.model.JoinField;
import io.streamhub.router.composition.model.SubgraphField;
import io.streamhub.router.composition.model.SubgraphType;
import io.streamhub.router.composition.model.SupergraphField;
import io.streamhub.router.composition.model.SupergraphType;
import io.streamhub.router.composition.model.TypeKind;

/**
 * Copies to every implementation the interface fields that an {@code @interfaceObject}
 * adds, marked {@code @join__field} without graph: no subgraph resolves them on the
 * implementation itself.
 */
final class InterfaceObjectFieldsPass {

	private InterfaceObjectFieldsPass() {
	}

	static void apply(MergeContext context) {
		Map<String, SupergraphType> types = context.supergraph().types();
		for (SupergraphType type : types.values()) {
			if (type.kind() != TypeKind.OBJECT) {
				continue;
			}
			for (String itfName : type.interfaces().keySet()) {
				SupergraphType itf = types.get(itfName);
				if (itf != null) {
					addMissingFields(context, type, itf);
				}
			}
		}
	}

	private static void addMissingFields(MergeContext context, SupergraphType type, SupergraphType itf) {
		for (SupergraphField itfField : itf.fields().values()) {
			if (type.fields().containsKey(itfField.name())
					|| !providedByInterfaceObject(context, itf.name(), itfField.name())) {
				continue;
			}
			SupergraphField copy = new SupergraphField(itfField.name(), itfField.type());
			copy.description(itfField.description());
			copy.applied().mergeFrom(itfField.applied());
			copy.arguments().putAll(itfField.arguments());
			copy.joinFields().add(JoinField.interfaceObjectOnly());
			type.fields().put(copy.name(), copy);
		}
	}

	private static boolean providedByInterfaceObject(MergeContext context, String itfName, String fieldName) {
		for (int i = 0; i < context.size(); i++) {
			SubgraphType type = context.type(i, itfName);
			SubgraphField field = (type != null && type.interfaceObject()) ? type.fields().get(fieldName) : null;
			if (field != null && !field.external()) {
				return true;
			}
		}
		return false;
	}

}
