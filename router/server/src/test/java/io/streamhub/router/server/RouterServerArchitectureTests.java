package io.streamhub.router.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The server's package rules: features do not form cycles, the HTTP layer talks to the
 * engine's public API only (never to the server's engine wiring), and nothing reaches
 * into engine internals.
 */
class RouterServerArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.streamhub.router.server");

	@Test
	void packagesHaveNoCycles() {
		slices().matching("io.streamhub.router.server.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void httpDoesNotDependOnTheEngineWiring() {
		noClasses().that()
			.resideInAPackage("..server.http..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..server.engine..", "..server.health..")
			.check(CLASSES);
	}

	@Test
	void httpUsesOnlyTheEnginesPublicApi() {
		noClasses().that()
			.resideInAPackage("..server.http..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.streamhub.router.planning..", "io.streamhub.router.execution..",
					"io.streamhub.router.supergraph..", "io.streamhub.router.schema..")
			.check(CLASSES);
	}

	@Test
	void edgeFeaturesDoNotDependOnTheHttpLayerOrTheEngineWiring() {
		noClasses().that()
			.resideInAnyPackage("..server.security..", "..server.client..", "..server.persisted..", "..server.limits..",
					"..server.ratelimit..", "..server.headers..", "..server.telemetry..", "..server.cors..",
					"..server.redis..", "..server.runtime..", "..server.graphiql..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..server.http..", "..server.engine..")
			.check(CLASSES);
	}

	@Test
	void featuresDoNotDependOnTheApplicationClass() {
		noClasses().that()
			.resideOutsideOfPackage("io.streamhub.router.server")
			.should()
			.dependOnClassesThat()
			.haveSimpleName("RouterApplication")
			.check(CLASSES);
	}

}
