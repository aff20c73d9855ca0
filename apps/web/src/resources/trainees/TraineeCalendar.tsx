import { useQueryClient } from '@tanstack/react-query';
import { traineeProgressKey, useTraineeProgress } from '../../api/hooks';
import { traineesApi } from '../../api/trainees';
import { CalendarLink } from '../../components/CalendarLink';
import { CalendarRenewButton } from '../../components/CalendarRenewButton';

/** The trainee's own calendar feed: subscribing to it, giving it a new URL. */
export const TraineeCalendar = ({ traineeId }: { traineeId: string }) => {
  const queryClient = useQueryClient();
  const progress = useTraineeProgress(traineeId);
  if (!progress.data) return null;
  const renew = async () => {
    await traineesApi.renewFeed(traineeId);
    await queryClient.invalidateQueries({ queryKey: traineeProgressKey(traineeId) });
  };
  return (
    <>
      <CalendarLink url={progress.data.icalUrl} />
      <CalendarRenewButton onRenew={renew} />
    </>
  );
};
