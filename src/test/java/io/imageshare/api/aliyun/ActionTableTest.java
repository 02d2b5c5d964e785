package io.imageshare.api.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.api.aliyun.ecs.EcsApi;
import io.imageshare.api.aliyun.ens.EnsApi;
import io.imageshare.api.aliyun.swas.SwasApi;
import io.imageshare.auth.AccessLevel;
import io.imageshare.core.ImageService;
import io.imageshare.core.ShareLimits;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every action a product serves is authorised through its one RAM table. */
class ActionTableTest {

    @Test
    void aProductWhoseRamTableMissesAnActionDoesNotStart() {
        assertThatThrownBy(() -> new ActionTable("v", "Test", ParamErrors.STANDARD,
                Map.of("A", call -> "a", "B", call -> "b"),
                Map.of("A", new RamPermission("test:A", AccessLevel.GET, Arns::all))) {
            @Override
            protected AliyunException translate(RuntimeException e) {
                return null;
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RAM table");
    }

    @Test
    void theRealProductsNameTheirOwnServiceInEveryRow() {
        ImageService images = new ImageService(null, Instant::now, ShareLimits.defaults(), null);
        for (var product : List.of(new EcsApi(images, null), new EnsApi(images), new SwasApi(images, null))) {
            String prefix = switch (product.code()) {
                case "Ecs" -> "ecs:";
                case "Ens" -> "ens:";
                default -> "swas-open:";
            };
            for (String action : List.of("DescribeImageSharePermission", "ModifyImageSharePermission",
                    "ListCustomImageShareAccounts", "DescribeImages", "CreateImage", "DeleteImage")) {
                if (product.hasAction(action)) {
                    assertThat(product.permission(action).action()).isEqualTo(prefix + action);
                }
            }
        }
    }
}
