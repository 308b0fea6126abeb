package io.streamhub.videos;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class VideosArchitectureTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.streamhub.videos");
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("io.streamhub.videos.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void theVideoAggregateDependsOnNoOtherFeature() {
		noClasses().that()
			.resideInAPackage("io.streamhub.videos.video..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.streamhub.videos.upload..", "io.streamhub.videos.processing..",
					"io.streamhub.videos.like..", "io.streamhub.videos.view..", "io.streamhub.videos.playback..",
					"io.streamhub.videos.creator..", "io.streamhub.videos.playlist..", "io.streamhub.videos.storage..")
			.check(classes);
	}

	@Test
	void onlyStorageTalksToS3() {
		noClasses().that()
			.resideOutsideOfPackage("io.streamhub.videos.storage..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("software.amazon.awssdk..")
			.check(classes);
	}

	@Test
	void dataFetchersDoNotTouchRepositories() {
		noClasses().that()
			.haveSimpleNameEndingWith("DataFetcher")
			.or()
			.haveSimpleNameEndingWith("EntityFetcher")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Repository")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.r2dbc.core.DatabaseClient")
			.check(classes);
	}

	@Test
	void dependsOnNoStreamhubCodeButItsOwnAndPlatform() {
		noClasses().that()
			.resideInAPackage("io.streamhub.videos..")
			.should()
			.dependOnClassesThat(resideInAPackage("io.streamhub..")
				.and(resideOutsideOfPackages("io.streamhub.videos..", "io.streamhub.platform..")))
			.check(classes);
	}

}
