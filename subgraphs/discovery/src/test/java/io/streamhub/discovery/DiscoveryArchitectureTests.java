package io.streamhub.discovery;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of the discovery service.
 */
class DiscoveryArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.streamhub.discovery");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("io.streamhub.discovery.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void onlyTheIndexPackageWritesToElasticsearchIndices() {
		noClasses().that()
			.resideOutsideOfPackages("io.streamhub.discovery.index..", "io.streamhub.discovery.config..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("co.elastic.clients.elasticsearch.core.BulkRequest")
			.check(classes);
	}

	@Test
	void noServiceJvmLoadsTheElasticsearchServer() {
		noClasses().should().dependOnClassesThat().resideInAPackage("org.elasticsearch.node..").check(classes);
	}

}
