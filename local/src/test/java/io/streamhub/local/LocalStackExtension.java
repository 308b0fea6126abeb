package io.streamhub.local;

import io.streamhub.local.service.LocalPorts;
import io.streamhub.platform.embedded.FreePorts;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local stack (on free ports) for every test class of the run that asks for a
 * {@link LocalStack} parameter: starting it takes a minute or two, so it starts once and
 * stops when the test run ends (the root store closes it).
 */
final class LocalStackExtension implements ParameterResolver {

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == LocalStack.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(LocalStack.class, (key) -> LocalStack.start(LocalPorts.free(FreePorts::next)),
					LocalStack.class);
	}

}
