package io.streamhub.media;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of the module's layout.
 */
class MediaWorkerArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
		.importPackages("io.streamhub.media");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("io.streamhub.media.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void transcodingKnowsNothingOfSpringRedisOrS3() {
		noClasses().that()
			.resideInAnyPackage("io.streamhub.media.transcode..", "io.streamhub.media.probe..",
					"io.streamhub.media.ffmpeg..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "io.lettuce..", "software.amazon..")
			.check(classes);
	}

	@Test
	void onlyConfigurationDependsOnConfiguration() {
		noClasses().that()
			.resideOutsideOfPackages("io.streamhub.media.config..", "io.streamhub.media")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.streamhub.media.config..")
			.check(classes);
	}

}
