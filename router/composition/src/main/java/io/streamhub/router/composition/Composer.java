package io.streamhub.router.composition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.streamhub.router.composition.merge.ExtensionWithNoBaseRule;
import io.streamhub.router.composition.merge.Merger;
import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Subgraph;
import io.streamhub.router.composition.model.Supergraph;
import io.streamhub.router.composition.print.SupergraphPrinter;
import io.streamhub.router.composition.read.Fed1Upgrader;
import io.streamhub.router.composition.read.Fed2Rules;
import io.streamhub.router.composition.read.SubgraphReader;
import io.streamhub.router.composition.satisfiability.SatisfiabilityRule;

/**
 * Composes Federation 2 (and Federation 1) subgraphs into a supergraph SDL (join v0.3),
 * following Apollo's composition rules. Stages: read each subgraph, upgrade Federation 1
 * subgraphs, validate each subgraph, merge, print. Each stage reports every problem it
 * finds; composition stops after the first stage that found any. The last stage checks
 * satisfiability (whether every query of the API schema can be planned), leniently: see
 * {@link SatisfiabilityRule}.
 */
public final class Composer {

	private Composer() {
	}

	/**
	 * Composes the subgraphs.
	 * @param subgraphs the subgraphs, in any order
	 * @return the supergraph SDL
	 * @throws CompositionException when the subgraphs do not compose
	 */
	public static String compose(List<SubgraphSource> subgraphs) throws CompositionException {
		List<Problem> problems = new ArrayList<>();
		List<Subgraph> read = read(subgraphs, problems);
		failIfAny(problems);
		ExtensionWithNoBaseRule.check(read, problems);
		failIfAny(problems);
		Fed1Upgrader.upgrade(read, problems);
		read.stream().filter(Subgraph::fed2).forEach((subgraph) -> Fed2Rules.validate(subgraph, problems));
		failIfAny(problems);
		Supergraph supergraph = Merger.merge(read, problems);
		failIfAny(problems);
		SatisfiabilityRule.check(supergraph, problems);
		failIfAny(problems);
		return SupergraphPrinter.print(supergraph);
	}

	private static List<Subgraph> read(List<SubgraphSource> sources, List<Problem> problems) {
		if (sources.isEmpty()) {
			problems.add(new Problem("NO_SUBGRAPHS", "There are no subgraphs to compose.", null, null));
		}
		Set<String> names = new HashSet<>();
		List<Subgraph> subgraphs = new ArrayList<>();
		List<SubgraphSource> sorted = sources.stream().sorted(Comparator.comparing(SubgraphSource::name)).toList();
		for (SubgraphSource source : sorted) {
			if (!names.add(source.name())) {
				problems.add(Problem.of("INVALID_SUBGRAPH_NAME", source.name(), null,
						"A subgraph named \"" + source.name() + "\" is listed more than once."));
				continue;
			}
			Subgraph subgraph = SubgraphReader.read(source.name(), source.url(), source.sdl(), problems);
			if (subgraph != null) {
				subgraphs.add(subgraph);
			}
		}
		return subgraphs;
	}

	private static void failIfAny(List<Problem> problems) throws CompositionException {
		if (!problems.isEmpty()) {
			throw new CompositionException(problems.stream()
				.map((problem) -> new CompositionError(problem.code(), problem.message(), problem.subgraph(),
						problem.coordinate()))
				.toList());
		}
	}

}
