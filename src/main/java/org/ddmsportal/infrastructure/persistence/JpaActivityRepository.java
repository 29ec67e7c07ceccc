package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.domain.communication.ActivityCriteria;
import org.ddmsportal.domain.communication.ActivityRepository;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaActivityRepository extends JpaStore implements ActivityRepository {

    private static final ListQuery<Activity> LIST = ListQuery.from(Activity.class, "a", " FROM Activity a",
            Map.of("title", "a.title", "heldOn", "a.heldOn", "kind", "a.kind"),
            "a.heldOn DESC, a.id", "a.countries", "a.attendance");

    @Override
    public Optional<Activity> find(long id) {
        return byId(Activity.class, id);
    }

    @Override
    public Page<Activity> search(ActivityCriteria criteria, PageRequest request) {
        JpqlWhere where = new JpqlWhere()
                .contains(criteria.text(), "a.title", "a.place", "a.audience")
                .contains(criteria.title(), "a.title")
                .equal(criteria.kind(), "a.kind")
                .condition(criteria.country(),
                        "a.country.alpha2 = :%1$s OR EXISTS (SELECT k FROM Activity a2 JOIN a2.countries k"
                                + " WHERE a2 = a AND k.alpha2 = :%1$s)")
                .condition(criteria.from(), "a.heldOn >= :%1$s")
                .condition(criteria.to(), "a.heldOn <= :%1$s")
                .condition(criteria.publicOnly() ? Boolean.TRUE : null, "a.publicEvent = :%1$s");
        return LIST.page(em, where, request);
    }

    @Override
    public void add(Activity activity) {
        insert(activity);
    }
}
