package io.imageshare.it;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.ModifyImageSharePermissionRequest;
import com.aliyun.tea.TeaException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One ECS add per account, all released at once, 12 at a time, alternating between the nodes: what
 * a quota must survive when it is checked by several servers.
 */
record ConcurrentAdds(List<String> added, List<String> refusals) {
    static ConcurrentAdds run(Client[] nodes, String imageId, List<String> accounts) throws Exception {
        List<String> added = Collections.synchronizedList(new ArrayList<>());
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                Client node = nodes[i % nodes.length];
                String account = accounts.get(i);
                calls.add(pool.submit(() -> {
                    go.await();
                    try {
                        node.modifyImageSharePermission(new ModifyImageSharePermissionRequest()
                                .setRegionId("cn-hangzhou").setImageId(imageId).setAddAccount(List.of(account)));
                        added.add(account);
                    } catch (TeaException e) {
                        refusals.add(e.getCode());
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new ConcurrentAdds(List.copyOf(added), List.copyOf(refusals));
    }
}
