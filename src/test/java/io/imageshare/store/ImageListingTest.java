package io.imageshare.store;

import static io.imageshare.core.Visibility.OWN;
import static io.imageshare.core.Visibility.PUBLIC;
import static io.imageshare.core.Visibility.SHARED_WITH_ME;
import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.core.AccountId;
import io.imageshare.core.Image;
import io.imageshare.core.ImageQuery;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.StoreTx;
import io.imageshare.core.Visibility;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** findImages and countImages(ImageQuery), seen from ALICE unless a test says otherwise. */
class ImageListingTest extends StoreTestSupport {

    /**
     * Alice owns a1 (private) and a2 (public). Bob shares b1 and b4 (public too) with her, and has
     * b2 (public) and b3 (private). b5 is shared with her in another region, c1 is Carol's and only
     * shared with Bob. Alice's SWAS images: s1 switched on for ECS, s2 not, s3 on but elsewhere.
     * e1 is an ENS image with a1's ID. Creation order, newest first: b5 s3 s2 s1 c1 b4 b3 b2 b1 a2 a1,
     * except that a1 and b2 share a time (the ID decides: a1 first).
     */
    private static JdbcStore fixture(StoreTestSupport test, Backend backend) throws Exception {
        JdbcStore store = test.open(backend);
        insert(store, ecs("a1", ALICE, 1), ecs("a2", ALICE, 2).withPublic(true),
                ecs("b1", BOB, 3), ecs("b2", BOB, 1).withPublic(true), ecs("b3", BOB, 5),
                ecs("b4", BOB, 6).withPublic(true), image(Product.ECS, "b5", "cn-beijing", BOB, "b5", 7),
                ecs("c1", CAROL, 8),
                image(Product.SWAS, "s1", REGION, ALICE, "s1", 9).withSharedToEcs(true),
                image(Product.SWAS, "s2", REGION, ALICE, "s2", 10),
                image(Product.SWAS, "s3", "cn-beijing", ALICE, "s3", 11).withSharedToEcs(true),
                image(Product.ENS, "a1", Product.NO_REGION, ALICE, "e1", 12));
        store.write((StoreTx tx) -> {
            tx.insertShares(Product.ECS, "b1", List.of(ALICE, CAROL), T0);
            tx.insertShares(Product.ECS, "b4", List.of(ALICE), T0);
            tx.insertShares(Product.ECS, "b5", List.of(ALICE), T0);
            tx.insertShares(Product.ECS, "c1", List.of(BOB), T0);
            return null;
        });
        return store;
    }

    private static ImageQuery query(Set<Visibility> visibility, boolean swas) {
        return new ImageQuery(Product.ECS, REGION, ALICE, visibility, null, null, null, null, swas,
                new PageRequest(1, 100));
    }

    private static List<String> ids(JdbcStore store, ImageQuery query) {
        List<String> ids = store.read((StoreTx tx) -> tx.findImages(query)).stream().map(Image::id).toList();
        assertThat(store.read((StoreTx tx) -> tx.countImages(query))).as("count of %s", query).isEqualTo(ids.size());
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void eachVisibilityAndTheirCombinations(Backend backend) throws Exception {
        JdbcStore store = fixture(this, backend);

        assertThat(ids(store, query(Set.of(), false))).isEmpty();
        assertThat(ids(store, query(Set.of(OWN), false))).containsExactly("a2", "a1");
        assertThat(ids(store, query(Set.of(SHARED_WITH_ME), false))).containsExactly("b4", "b1");
        assertThat(ids(store, query(Set.of(PUBLIC), false))).containsExactly("b4", "b2");
        assertThat(ids(store, query(Set.of(OWN, SHARED_WITH_ME), false))).containsExactly("b4", "b1", "a2", "a1");
        assertThat(ids(store, query(Set.of(OWN, PUBLIC), false))).containsExactly("b4", "a2", "a1", "b2");
        assertThat(ids(store, query(Set.of(SHARED_WITH_ME, PUBLIC), false))).containsExactly("b4", "b1", "b2");
        assertThat(ids(store, query(EnumSet.allOf(Visibility.class), false)))
                .containsExactly("b4", "b1", "a2", "a1", "b2")
                .doesNotContain("b3", "b5", "c1");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void nobodySeesOtherAccountsPrivateImages(Backend backend) throws Exception {
        JdbcStore store = fixture(this, backend);
        ImageQuery carol = new ImageQuery(Product.ECS, REGION, CAROL, EnumSet.allOf(Visibility.class), null, null,
                null, null, true, new PageRequest(1, 100));
        ImageQuery stranger = new ImageQuery(Product.ECS, REGION, AccountId.aliyun("31337"),
                EnumSet.allOf(Visibility.class), null, null, null, null, true, new PageRequest(1, 100));
        // Tencent accounts can see public ECS images but never own or receive them.
        ImageQuery tencent = new ImageQuery(Product.ECS, REGION, TENCENT, EnumSet.allOf(Visibility.class), null,
                null, null, null, true, new PageRequest(1, 100));

        assertThat(ids(store, carol)).containsExactly("c1", "b4", "b1", "a2", "b2");
        assertThat(ids(store, stranger)).containsExactly("b4", "a2", "b2");
        assertThat(ids(store, tencent)).containsExactly("b4", "a2", "b2");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void swasImagesSharedToEcsJoinTheOwnersEcsListing(Backend backend) throws Exception {
        JdbcStore store = fixture(this, backend);

        assertThat(ids(store, query(Set.of(OWN), true))).containsExactly("s1", "a2", "a1");
        assertThat(ids(store, query(Set.of(), true))).containsExactly("s1");
        assertThat(ids(store, query(EnumSet.allOf(Visibility.class), true)))
                .containsExactly("s1", "b4", "b1", "a2", "a1", "b2");
        ImageQuery bob = new ImageQuery(Product.ECS, REGION, BOB, Set.of(OWN, PUBLIC), null, null, null, null, true,
                new PageRequest(1, 100));
        assertThat(ids(store, bob)).doesNotContain("s1");
        Image s1 = store.read((StoreTx tx) -> tx.findImages(query(Set.of(), true))).get(0);
        assertThat(s1.product()).isEqualTo(Product.SWAS);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void productsAndRegionsAreSeparate(Backend backend) throws Exception {
        JdbcStore store = fixture(this, backend);
        ImageQuery ens = new ImageQuery(Product.ENS, Product.NO_REGION, ALICE, Set.of(OWN), null, null, null, null,
                false, new PageRequest(1, 100));
        ImageQuery beijing = new ImageQuery(Product.ECS, "cn-beijing", ALICE, EnumSet.allOf(Visibility.class), null,
                null, null, null, true, new PageRequest(1, 100));

        assertThat(store.read((StoreTx tx) -> tx.findImages(ens))).extracting(Image::name).containsExactly("e1");
        assertThat(ids(store, beijing)).containsExactly("s3", "b5");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void filtersByIdStatusAndOwner(Backend backend) throws Exception {
        JdbcStore store = fixture(this, backend);
        Set<Visibility> all = EnumSet.allOf(Visibility.class);
        store.write((StoreTx tx) -> tx.insertImage(ecs("a3", ALICE, 4).withPublic(false)) && tx.insertImage(
                new Image(Product.ECS, "a4", REGION, ALICE, "a4", null, "Creating", null, null, null, 1, false, false,
                        0, T0)));

        assertThat(ids(store, new ImageQuery(Product.ECS, REGION, ALICE, all, List.of("a1", "b1", "b3", "zz"), null,
                null, null, false, new PageRequest(1, 100)))).containsExactly("b1", "a1");
        assertThat(ids(store, new ImageQuery(Product.ECS, REGION, ALICE, all, null, null, Set.of("Creating"), null,
                false, new PageRequest(1, 100)))).containsExactly("a4");
        assertThat(ids(store, new ImageQuery(Product.ECS, REGION, ALICE, all, null, null,
                Set.of("Creating", Image.AVAILABLE), BOB, false, new PageRequest(1, 100))))
                .containsExactly("b4", "b1", "b2");
        assertThat(ids(store, new ImageQuery(Product.ECS, REGION, ALICE, all, null, null, null, CAROL, false,
                new PageRequest(1, 100)))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void pagesAreSlicesOfOneOrder(Backend backend) throws Exception {
        JdbcStore store = fixture(this, backend);
        ImageQuery everything = query(EnumSet.allOf(Visibility.class), true);
        List<String> whole = ids(store, everything);

        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            ImageQuery query = new ImageQuery(Product.ECS, REGION, ALICE, everything.visibility(), null, null, null,
                    null, true, new PageRequest(page, 2));
            paged.addAll(store.read((StoreTx tx) -> tx.findImages(query)).stream().map(Image::id).toList());
            assertThat(store.read((StoreTx tx) -> tx.countImages(query))).isEqualTo(whole.size());
        }
        assertThat(paged).containsExactlyElementsOf(whole);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void nameFilterMatchesWildcardsAndQuotesLiterally(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        String[] names = {"50% off", "50 off", "a_b", "axb", "it's", "O'Brien", "wow!", "wow", "back\\slash",
                "Ubuntu", "ubuntu 22", "画像-ß"};
        List<Image> images = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            images.add(image(Product.ECS, "m-" + i, REGION, ALICE, names[i], i));
        }
        insert(store, images.toArray(Image[]::new));

        assertThat(named(store, "%")).containsExactly("50% off");
        assertThat(named(store, "_")).containsExactly("a_b");
        assertThat(named(store, "'")).containsExactly("O'Brien", "it's");
        assertThat(named(store, "!")).containsExactly("wow!");
        assertThat(named(store, "\\")).containsExactly("back\\slash");
        assertThat(named(store, "wo")).containsExactly("wow", "wow!");
        // Case-sensitive on every database.
        assertThat(named(store, "ubuntu")).containsExactly("ubuntu 22");
        assertThat(named(store, "像-ß")).containsExactly("画像-ß");
        assertThat(named(store, "'; DROP TABLE image; --")).isEmpty();
        assertThat(named(store, "")).hasSize(names.length);
    }

    private static List<String> named(JdbcStore store, String nameContains) {
        ImageQuery query = new ImageQuery(Product.ECS, REGION, ALICE, Set.of(OWN), null, nameContains, null, null,
                false, new PageRequest(1, 100));
        List<String> names = store.read((StoreTx tx) -> tx.findImages(query)).stream().map(Image::name).toList();
        assertThat(store.read((StoreTx tx) -> tx.countImages(query))).isEqualTo(names.size());
        return names;
    }
}
