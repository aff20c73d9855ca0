import { useSearchParams } from 'react-router';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { juriesApi, juriesKeys, type DecisionInput, type JuryBoard } from '../../api/juries';

/** The cohort shown, kept in the URL (?promotion=…) so that a reload or a link keeps it. */
const COHORT_PARAM = 'promotion';

/** The lines the API sent back (the decided trainee's cohort) replace the same trainees' lines; the others stay. */
const merged = (current: JuryBoard | undefined, next: JuryBoard): JuryBoard =>
  current ? { ...next, lines: current.lines.map((line) => next.lines.find((fresh) => fresh.traineeId === line.traineeId) ?? line) } : next;

/** A jury's page: the board for the cohort chosen (or every trainee with an attempt), and recording a decision. */
export function useJuryBoard(id: string | undefined) {
  const [params, setParams] = useSearchParams();
  const cohortId = params.get(COHORT_PARAM) || undefined;
  const queryClient = useQueryClient();
  const key = juriesKeys.board(id, cohortId);
  const board = useQuery({
    queryKey: key,
    queryFn: () => juriesApi.board(id!, cohortId),
    enabled: !!id,
    placeholderData: keepPreviousData,
  });

  const setCohort = (value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(COHORT_PARAM, value);
        else next.delete(COHORT_PARAM);
        return next;
      },
      { replace: true },
    );

  /** Records a decision; rejects with the API's French message when the rules refuse it. */
  const decide = async (input: DecisionInput) => {
    const next = await juriesApi.decide(id!, input);
    queryClient.setQueryData<JuryBoard>(key, (current) => merged(current, next));
    void queryClient.invalidateQueries({ queryKey: juriesKeys.list });
    void queryClient.invalidateQueries({ queryKey: juriesKeys.results(input.traineeId) });
    return next;
  };

  /** Awards the CQP; rejects with the API's French message (what is missing, or already awarded). */
  const certify = async (traineeId: string) => {
    const next = await juriesApi.certify(id!, traineeId);
    queryClient.setQueryData<JuryBoard>(key, (current) => merged(current, next));
    return next;
  };

  return { board, cohortId, setCohort, decide, certify };
}

export type Decide = ReturnType<typeof useJuryBoard>['decide'];
export type Certify = ReturnType<typeof useJuryBoard>['certify'];
