import { graphql } from '../../gql';

export const CatalogueStatisticsQuery = graphql(`
  query CatalogueStatistics($year: Int) {
    catalogueStatistics(year: $year) {
      year
      publishedProfiles
      byRegion {
        value
        label
        count
      }
      byCompetenceArea {
        value
        label
        count
      }
      byOrganizationKind {
        value
        label
        count
      }
      profilesByMonth {
        month
        newProfiles
        updatedProfiles
        unconfirmedProfiles
      }
      networkMembers {
        network
        networkName
        role
        roleLabel
        count
      }
      applicationsDecided
      applicationsApproved
      applicationsDeclined
      medianDaysToDecision
    }
  }
`);
