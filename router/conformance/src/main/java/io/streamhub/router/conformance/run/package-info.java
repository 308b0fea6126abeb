/**
 * Running fixtures through a router: supergraph selection, the router under test,
 * comparison, known failures and the score.
 */
@NullMarked
package io.streamhub.router.conformance.run;

import org.jspecify.annotations.NullMarked;
