package io.imageshare.auth.policy;

import java.util.List;

/** A parsed RAM or CAM document: its statements, in document order. */
final class CompiledPolicy implements Policy {
    private final Statement[] statements;

    CompiledPolicy(List<Statement> statements) {
        this.statements = statements.toArray(Statement[]::new);
    }

    Statement[] statements() {
        return statements;
    }

    @Override
    public Decision evaluate(AccessRequest request) {
        return Evaluator.decide(List.of(this), request);
    }
}
