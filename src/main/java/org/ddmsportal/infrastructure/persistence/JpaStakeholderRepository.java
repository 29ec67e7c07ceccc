package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.communication.Stakeholder;
import org.ddmsportal.domain.communication.StakeholderRepository;

@ApplicationScoped
public class JpaStakeholderRepository extends JpaStore implements StakeholderRepository {

    @Override
    public List<Stakeholder> ofPilot(long pilotId) {
        return list("SELECT s FROM Stakeholder s WHERE s.pilot.id = :id ORDER BY s.name",
                Stakeholder.class, "id", pilotId);
    }

    @Override
    public Optional<Stakeholder> find(long id) {
        return byId(Stakeholder.class, id);
    }

    @Override
    public void add(Stakeholder stakeholder) {
        insert(stakeholder);
    }

    @Override
    public void remove(Stakeholder stakeholder) {
        em.remove(stakeholder);
    }
}
