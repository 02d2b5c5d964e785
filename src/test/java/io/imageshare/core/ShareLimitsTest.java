package io.imageshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShareLimitsTest {
    @Test
    void assignmentChangesOneProductOnly() {
        ShareLimits limits = ShareLimits.defaults().with("ecs=500");
        assertThat(limits.perImage(Product.ECS)).isEqualTo(500);
        assertThat(limits.perImage(Product.ENS)).isEqualTo(50);
        assertThat(limits.perImage(Product.SWAS)).isEqualTo(10);
    }

    @Test
    void refusesMalformedOrNonPositiveAssignment() {
        assertThatThrownBy(() -> ShareLimits.defaults().with("ecs")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShareLimits.defaults().with("ecs=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShareLimits.defaults().with("ecs=0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShareLimits.defaults().with("s3=5")).isInstanceOf(IllegalArgumentException.class);
    }
}
