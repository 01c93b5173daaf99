export * from './dashboardFigures'
