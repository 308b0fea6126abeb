package io.streamhub.platform.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Activates {@link EmbeddedInfrastructure} on test classes (registered in
 * {@code META-INF/spring.factories}).
 */
public final class EmbeddedInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		EmbeddedInfrastructure annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				EmbeddedInfrastructure.class);
		return (annotation != null) ? new EmbeddedInfrastructureContextCustomizer(annotation) : null;
	}

}
