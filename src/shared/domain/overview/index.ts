export * from './dashboardFigures'
export * from './updateOverviewFigures'
