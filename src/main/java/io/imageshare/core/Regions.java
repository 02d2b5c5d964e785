package io.imageshare.core;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The regions each cloud offers (decisions §2; configurable). */
public final class Regions {
    private final Map<Cloud, List<Region>> byCloud;

    public Regions(Map<Cloud, List<Region>> byCloud) {
        this.byCloud = new EnumMap<>(byCloud);
        this.byCloud.replaceAll((c, l) -> List.copyOf(l));
    }

    public static Regions defaults() {
        Map<Cloud, List<Region>> m = new EnumMap<>(Cloud.class);
        m.put(Cloud.ALIYUN, List.of(
                new Region("cn-hangzhou", "China (Hangzhou)"),
                new Region("cn-shanghai", "China (Shanghai)"),
                new Region("cn-beijing", "China (Beijing)"),
                new Region("cn-qingdao", "China (Qingdao)"),
                new Region("cn-zhangjiakou", "China (Zhangjiakou)"),
                new Region("cn-shenzhen", "China (Shenzhen)"),
                new Region("cn-chengdu", "China (Chengdu)"),
                new Region("cn-hongkong", "China (Hong Kong)"),
                new Region("ap-southeast-1", "Singapore"),
                new Region("ap-southeast-5", "Indonesia (Jakarta)"),
                new Region("ap-northeast-1", "Japan (Tokyo)"),
                new Region("us-west-1", "US (Silicon Valley)"),
                new Region("us-east-1", "US (Virginia)"),
                new Region("eu-central-1", "Germany (Frankfurt)"),
                new Region("eu-west-1", "UK (London)")));
        m.put(Cloud.TENCENT, List.of(
                new Region("ap-guangzhou", "South China(Guangzhou)"),
                new Region("ap-shanghai", "East China(Shanghai)"),
                new Region("ap-nanjing", "East China(Nanjing)"),
                new Region("ap-beijing", "North China(Beijing)"),
                new Region("ap-chengdu", "Southwest China(Chengdu)"),
                new Region("ap-chongqing", "Southwest China(Chongqing)"),
                new Region("ap-hongkong", "Hong Kong, Macau and Taiwan (China)(Hong Kong, China)"),
                new Region("ap-singapore", "Southeast Asia(Singapore)"),
                new Region("ap-tokyo", "Northeast Asia(Tokyo)"),
                new Region("na-siliconvalley", "Western U.S.(Silicon Valley)"),
                new Region("na-ashburn", "Eastern U.S.(Virginia)"),
                new Region("eu-frankfurt", "Europe(Frankfurt)")));
        return new Regions(m);
    }

    public List<Region> of(Cloud cloud) {
        return byCloud.getOrDefault(cloud, List.of());
    }

    public Optional<Region> find(Cloud cloud, String id) {
        return of(cloud).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public boolean exists(Cloud cloud, String id) {
        return find(cloud, id).isPresent();
    }
}
